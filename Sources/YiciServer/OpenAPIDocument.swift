// Generated from openapi/yici-serve.json by openapi/generate.sh: edit that file, not this one.

/// The OpenAPI 3.1 document of the server, served at `/openapi.json`.
enum OpenAPIDocument {
  static let json = ##"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Yici decision service",
        "version": "0.1.0",
        "description": "`yici serve`: decide applications against the Yici rules over HTTP. Every decision carries the revision of the rules that made it. See the README, section `yici serve`."
      },
      "servers": [
        {
          "url": "http://127.0.0.1:8080"
        }
      ],
      "components": {
        "securitySchemes": {
          "adminToken": {
            "type": "http",
            "scheme": "bearer",
            "description": "The admin token (YICI_ADMIN_TOKEN or --admin-token-file)"
          }
        },
        "schemas": {
          "Error": {
            "type": "object",
            "properties": {
              "error": {
                "type": "string"
              },
              "field": {
                "type": "string"
              },
              "column": {
                "type": "integer"
              }
            },
            "required": [
              "error"
            ],
            "additionalProperties": false
          },
          "Text": {
            "type": "object",
            "properties": {
              "zh": {
                "type": "string"
              },
              "en": {
                "type": "string"
              }
            },
            "required": [
              "zh"
            ],
            "additionalProperties": false
          },
          "Decision": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "service": {
                "type": "string"
              },
              "date": {
                "type": "string",
                "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
              },
              "revision": {
                "type": "string"
              },
              "decision_id": {
                "type": "string",
                "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                "description": "The id the decision is on record under (yici serve with its decision log on): GET /v1/decisions/{id}"
              },
              "outcome": {
                "type": "string",
                "enum": [
                  "accepted",
                  "accepted_with_waiver",
                  "needs_correction",
                  "needs_information",
                  "rejected"
                ]
              },
              "reasons": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "text": {
                      "type": "string"
                    },
                    "basis": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "id",
                    "text"
                  ],
                  "additionalProperties": false
                }
              },
              "materials": {
                "type": "object",
                "properties": {
                  "required": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "provided": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "missing": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "waived": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "due": {
                          "type": "string"
                        }
                      },
                      "required": [
                        "id"
                      ],
                      "additionalProperties": false
                    }
                  },
                  "exempt": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "committed": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "undetermined": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "copies": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "copies": {
                          "type": "integer",
                          "minimum": 0
                        }
                      },
                      "required": [
                        "id",
                        "copies"
                      ],
                      "additionalProperties": false
                    }
                  }
                },
                "required": [
                  "required",
                  "provided",
                  "missing",
                  "waived",
                  "exempt",
                  "committed",
                  "undetermined"
                ],
                "additionalProperties": false
              },
              "deadlines": {
                "type": "object"
              },
              "visits": {
                "description": "The visits to the office this application needs at most, only when the service's visits depend on the facts (visits 0 when online)",
                "type": "integer",
                "minimum": 0
              },
              "commitments": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "text": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "id",
                    "text"
                  ],
                  "additionalProperties": false
                }
              },
              "closed_commitments": {
                "description": "Only when some 告知承诺 is not open to this applicant (its only if does not hold): the materials whose commitment the text does not offer, in declaration order",
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "questions": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "fact": {
                      "type": "string"
                    },
                    "text": {
                      "type": "string"
                    },
                    "options": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    }
                  },
                  "required": [
                    "fact",
                    "text"
                  ],
                  "additionalProperties": false
                }
              },
              "warnings": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "trace": {
                "type": "object"
              },
              "explanation": {
                "type": "string"
              },
              "bundle": {
                "type": "string"
              },
              "members": {
                "type": "array",
                "items": {
                  "type": "object"
                }
              },
              "produced": {
                "type": "array",
                "items": {
                  "type": "object"
                }
              }
            },
            "required": [
              "date",
              "revision",
              "outcome",
              "reasons",
              "materials",
              "commitments",
              "questions",
              "warnings",
              "explanation"
            ],
            "additionalProperties": false,
            "description": "A service's decision has `service`; a bundle's (一件事) has `bundle`, `members` and `produced` instead."
          },
          "BatchLine": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/Decision"
              },
              {
                "type": "object",
                "properties": {
                  "line": {
                    "type": "integer"
                  },
                  "error": {
                    "type": "string"
                  }
                },
                "required": [
                  "line",
                  "error"
                ],
                "additionalProperties": false
              }
            ]
          },
          "Notice": {
            "type": "object",
            "properties": {
              "service": {
                "type": "string"
              },
              "revision": {
                "type": "string"
              },
              "date": {
                "type": "string"
              },
              "outcome": {
                "type": "string",
                "enum": [
                  "accepted",
                  "accepted_with_waiver",
                  "needs_correction",
                  "needs_information",
                  "rejected"
                ]
              },
              "lang": {
                "type": "string",
                "enum": [
                  "zh",
                  "en"
                ]
              },
              "notice": {
                "type": "string"
              }
            },
            "required": [
              "service",
              "revision",
              "date",
              "outcome",
              "lang",
              "notice"
            ],
            "additionalProperties": false
          },
          "ServiceSummary": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "$ref": "#/components/schemas/Text"
              },
              "code": {
                "type": "string"
              },
              "department": {
                "$ref": "#/components/schemas/Text"
              },
              "kind": {
                "$ref": "#/components/schemas/Text"
              },
              "members": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "For a bundle (一件事, decided by \"bundle\": id): its member services"
              }
            },
            "required": [
              "id",
              "name"
            ],
            "additionalProperties": false
          },
          "ServiceList": {
            "type": "object",
            "properties": {
              "revision": {
                "type": "string"
              },
              "services": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ServiceSummary"
                }
              }
            },
            "required": [
              "revision",
              "services"
            ],
            "additionalProperties": false
          },
          "ServiceDescription": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "$ref": "#/components/schemas/Text"
              },
              "code": {
                "type": "string"
              },
              "department": {
                "$ref": "#/components/schemas/Text"
              },
              "kind": {
                "$ref": "#/components/schemas/Text"
              },
              "basis": {
                "$ref": "#/components/schemas/Text"
              },
              "immediate": {
                "type": "boolean"
              },
              "visits": {
                "type": "integer"
              },
              "facts": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "label": {
                      "$ref": "#/components/schemas/Text"
                    },
                    "question": {
                      "$ref": "#/components/schemas/Text"
                    },
                    "type": {
                      "type": "string",
                      "enum": [
                        "bool",
                        "number",
                        "text",
                        "date",
                        "options"
                      ]
                    },
                    "unit": {
                      "type": "string"
                    },
                    "options": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "string"
                          },
                          "label": {
                            "$ref": "#/components/schemas/Text"
                          }
                        },
                        "required": [
                          "id"
                        ],
                        "additionalProperties": false
                      }
                    }
                  },
                  "required": [
                    "id",
                    "type"
                  ],
                  "additionalProperties": false
                }
              },
              "conditions": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "reason": {
                      "$ref": "#/components/schemas/Text"
                    },
                    "basis": {
                      "$ref": "#/components/schemas/Text"
                    },
                    "commitment": {
                      "type": "boolean"
                    }
                  },
                  "required": [
                    "id",
                    "commitment"
                  ],
                  "additionalProperties": false
                }
              },
              "materials": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "name": {
                      "$ref": "#/components/schemas/Text"
                    },
                    "form": {
                      "type": "string",
                      "enum": [
                        "original",
                        "copy",
                        "original_and_copy",
                        "electronic"
                      ]
                    },
                    "copies": {
                      "type": "integer"
                    },
                    "conditional": {
                      "type": "boolean"
                    },
                    "waivable": {
                      "type": "boolean"
                    },
                    "shared": {
                      "type": "boolean"
                    },
                    "commitment": {
                      "type": "boolean"
                    },
                    "source": {
                      "$ref": "#/components/schemas/Text"
                    },
                    "basis": {
                      "$ref": "#/components/schemas/Text"
                    }
                  },
                  "required": [
                    "id",
                    "name",
                    "conditional",
                    "waivable",
                    "shared",
                    "commitment"
                  ],
                  "additionalProperties": false
                }
              },
              "members": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "For a bundle (一件事, decided by \"bundle\": id): its member services"
              },
              "aliases": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Text"
                },
                "description": "Other names people know it by"
              }
            },
            "required": [
              "id",
              "name",
              "immediate",
              "facts",
              "conditions",
              "materials",
              "aliases"
            ],
            "additionalProperties": false
          },
          "ServiceDetail": {
            "type": "object",
            "properties": {
              "revision": {
                "type": "string"
              },
              "service": {
                "$ref": "#/components/schemas/ServiceDescription"
              },
              "guide": {
                "type": "object",
                "description": "The service's guide (办事指南): the object of `yici guide SERVICE --format json` (see the README); absent for a bundle"
              }
            },
            "required": [
              "revision",
              "service"
            ],
            "additionalProperties": false
          },
          "Diagnostic": {
            "type": "object",
            "properties": {
              "code": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "severity": {
                "type": "string"
              },
              "message": {
                "type": "string"
              },
              "file": {
                "type": "string"
              },
              "line": {
                "type": "integer"
              },
              "column": {
                "type": "integer"
              },
              "endLine": {
                "type": "integer"
              },
              "endColumn": {
                "type": "integer"
              },
              "label": {
                "type": "string"
              },
              "help": {
                "type": "string"
              },
              "notes": {
                "type": "array",
                "items": {
                  "type": "object"
                }
              }
            },
            "required": [
              "code",
              "name",
              "severity",
              "message",
              "file",
              "line",
              "column",
              "endLine",
              "endColumn",
              "notes"
            ],
            "additionalProperties": false
          },
          "ReloadOutcome": {
            "type": "object",
            "properties": {
              "trigger": {
                "type": "string",
                "description": "What asked for the reload: the rule files changed (watch), SIGHUP (signal), POST /v1/rules/reload (api), or another server over the same database serving a revision this one did not (peer)",
                "enum": [
                  "watch",
                  "signal",
                  "api",
                  "peer"
                ]
              },
              "result": {
                "type": "string",
                "enum": [
                  "reloaded",
                  "unchanged",
                  "failed"
                ]
              },
              "revision": {
                "type": "string"
              },
              "previous": {
                "type": "string"
              },
              "error": {
                "type": "string"
              },
              "diagnostics": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Diagnostic"
                }
              },
              "at": {
                "type": "string"
              },
              "seconds": {
                "type": "number"
              }
            },
            "required": [
              "trigger",
              "result",
              "revision",
              "diagnostics",
              "at",
              "seconds"
            ],
            "additionalProperties": false
          },
          "Rules": {
            "type": "object",
            "properties": {
              "revision": {
                "type": "string"
              },
              "digest": {
                "type": "string"
              },
              "files": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "loaded_at": {
                "type": "string"
              },
              "compile_seconds": {
                "type": "number"
              },
              "services": {
                "type": "integer"
              },
              "diagnostics": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Diagnostic"
                }
              },
              "last_reload": {
                "$ref": "#/components/schemas/ReloadOutcome"
              },
              "decision_log": {
                "$ref": "#/components/schemas/DecisionLog"
              }
            },
            "required": [
              "revision",
              "digest",
              "files",
              "loaded_at",
              "compile_seconds",
              "services",
              "diagnostics",
              "decision_log"
            ],
            "additionalProperties": false
          },
          "Health": {
            "type": "object",
            "properties": {
              "status": {
                "type": "string",
                "enum": [
                  "ok"
                ]
              }
            },
            "required": [
              "status"
            ],
            "additionalProperties": false
          },
          "Ready": {
            "type": "object",
            "properties": {
              "status": {
                "type": "string",
                "enum": [
                  "ready",
                  "starting",
                  "draining"
                ]
              },
              "revision": {
                "type": "string"
              },
              "reason": {
                "type": "string"
              }
            },
            "required": [
              "status",
              "revision",
              "reason"
            ],
            "additionalProperties": false
          },
          "DecisionLog": {
            "type": "object",
            "description": "Whether decisions are put on record and when one is acknowledged: durable (once its record is on disk, the default), queued (once queued: faster, a crash may lose the queued ones), off",
            "properties": {
              "mode": {
                "type": "string",
                "enum": [
                  "durable",
                  "queued",
                  "off"
                ]
              },
              "data": {
                "type": "string",
                "description": "The data folder (its hash key; the decision log too, unless in PostgreSQL)"
              },
              "database": {
                "type": "string",
                "description": "The PostgreSQL database the decisions and cases are kept in (its URL without the password), when started with --database"
              },
              "capacity": {
                "type": "integer",
                "description": "The most decisions waiting to be written before requests wait for room"
              },
              "waiting": {
                "type": "integer"
              },
              "written": {
                "type": "integer",
                "description": "Decisions written since the server started"
              },
              "batches": {
                "type": "integer",
                "description": "Transactions committed since the server started (group commit)"
              },
              "last_error": {
                "type": "string"
              }
            },
            "required": [
              "mode"
            ],
            "additionalProperties": false
          },
          "DecisionSummary": {
            "type": "object",
            "description": "A decision on record",
            "properties": {
              "decision_id": {
                "type": "string"
              },
              "recorded_at": {
                "type": "string",
                "description": "When it was decided (ISO 8601, UTC)"
              },
              "service": {
                "type": "string"
              },
              "bundle": {
                "type": "string"
              },
              "revision": {
                "type": "string"
              },
              "outcome": {
                "type": "string",
                "enum": [
                  "accepted",
                  "accepted_with_waiver",
                  "needs_correction",
                  "needs_information",
                  "rejected"
                ]
              },
              "date": {
                "type": "string",
                "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
              },
              "lang": {
                "type": "string",
                "enum": [
                  "zh",
                  "en"
                ]
              },
              "trace": {
                "type": "boolean"
              },
              "explanation": {
                "type": "boolean"
              }
            },
            "required": [
              "decision_id",
              "recorded_at",
              "revision",
              "outcome",
              "date",
              "lang",
              "trace",
              "explanation"
            ],
            "additionalProperties": false
          },
          "StoredDecision": {
            "type": "object",
            "description": "A decision on record with its application and the decision returned",
            "properties": {
              "decision_id": {
                "type": "string"
              },
              "recorded_at": {
                "type": "string",
                "description": "When it was decided (ISO 8601, UTC)"
              },
              "service": {
                "type": "string"
              },
              "bundle": {
                "type": "string"
              },
              "revision": {
                "type": "string"
              },
              "outcome": {
                "type": "string",
                "enum": [
                  "accepted",
                  "accepted_with_waiver",
                  "needs_correction",
                  "needs_information",
                  "rejected"
                ]
              },
              "date": {
                "type": "string",
                "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
              },
              "lang": {
                "type": "string",
                "enum": [
                  "zh",
                  "en"
                ]
              },
              "trace": {
                "type": "boolean"
              },
              "explanation": {
                "type": "boolean"
              },
              "application": {
                "type": "object",
                "description": "The application as received, the facts the rules mark personal masked or hashed"
              },
              "decision": {
                "$ref": "#/components/schemas/Decision"
              }
            },
            "required": [
              "decision_id",
              "recorded_at",
              "revision",
              "outcome",
              "date",
              "lang",
              "trace",
              "explanation",
              "application",
              "decision"
            ],
            "additionalProperties": false
          },
          "DecisionList": {
            "type": "object",
            "properties": {
              "decisions": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/DecisionSummary"
                }
              },
              "next": {
                "type": "string",
                "description": "The after of the next page; absent on the last"
              }
            },
            "required": [
              "decisions"
            ],
            "additionalProperties": false
          },
          "CaseEvent": {
            "type": "object",
            "description": "One thing that happened to a case, appended, never changed",
            "properties": {
              "seq": {
                "type": "integer"
              },
              "kind": {
                "type": "string",
                "enum": [
                  "pause",
                  "resume",
                  "material_supplied",
                  "completed",
                  "withdrawn"
                ]
              },
              "day": {
                "type": "string",
                "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
              },
              "subject": {
                "type": "string",
                "description": "The pause's period or the material supplied"
              },
              "note": {
                "type": "string"
              },
              "actor": {
                "type": "string"
              },
              "recorded_at": {
                "type": "string"
              }
            },
            "required": [
              "seq",
              "kind",
              "day",
              "actor",
              "recorded_at"
            ],
            "additionalProperties": false
          },
          "Case": {
            "type": "object",
            "description": "A case under electronic supervision (电子监察) and where it stands on `today`",
            "properties": {
              "status": {
                "type": "string",
                "enum": [
                  "running",
                  "warning",
                  "due_today",
                  "overdue",
                  "paused",
                  "completed",
                  "withdrawn"
                ]
              },
              "case_id": {
                "type": "string"
              },
              "decision_id": {
                "type": "string"
              },
              "service": {
                "type": "string"
              },
              "accepted": {
                "type": "string"
              },
              "today": {
                "type": "string"
              },
              "opened_at": {
                "type": "string"
              },
              "opened_by": {
                "type": "string"
              },
              "clock": {
                "type": "object",
                "description": "The clock, as `yici track --format json` gives it: state, watched limit, due dates, days used, left, overdue and paused, the pauses past their maximum"
              },
              "clock_error": {
                "type": "string"
              },
              "waived": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "due": {
                      "type": "string"
                    },
                    "supplied": {
                      "type": "string"
                    },
                    "overdue": {
                      "type": "boolean",
                      "description": "Not supplied and past its due date"
                    }
                  },
                  "required": [
                    "id",
                    "overdue"
                  ],
                  "additionalProperties": false
                }
              },
              "events": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/CaseEvent"
                }
              }
            },
            "required": [
              "status",
              "case_id",
              "decision_id",
              "service",
              "accepted",
              "today",
              "opened_at",
              "opened_by",
              "waived",
              "events"
            ],
            "additionalProperties": false
          },
          "CaseList": {
            "type": "object",
            "properties": {
              "today": {
                "type": "string"
              },
              "cases": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Case"
                }
              }
            },
            "required": [
              "today",
              "cases"
            ],
            "additionalProperties": false
          },
          "Application": {
            "description": "One application, interchange JSON (as `yici eval` reads it; the README's Interchange section). An unknown service, fact or option is a 400 naming the field, as is a value of the wrong type or a key given twice.",
            "type": "object",
            "properties": {
              "id": {
                "type": "string",
                "description": "Echoed in the decision"
              },
              "service": {
                "type": "string",
                "description": "The service id (or give `bundle`)"
              },
              "bundle": {
                "type": "string",
                "description": "The bundle (一件事) id"
              },
              "date": {
                "type": "string",
                "format": "date",
                "description": "Picks the rules in force"
              },
              "facts": {
                "type": "object",
                "description": "By fact id: booleans, numbers, strings; absent or null = unknown"
              },
              "materials": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Ids of materials on the counter"
              },
              "shared": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Ids the shared-data platform can supply"
              },
              "commitments": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Ids whose 告知承诺 the applicant signs"
              }
            },
            "required": [
              "date"
            ],
            "oneOf": [
              {
                "required": [
                  "service"
                ]
              },
              {
                "required": [
                  "bundle"
                ]
              }
            ]
          }
        }
      },
      "paths": {
        "/v1/decisions": {
          "post": {
            "summary": "Decide one application",
            "description": "The decision: the bytes of `yici eval --format json --revision` (with `trace=false`, of a `yici eval --batch --revision` line), ending with a newline.",
            "parameters": [
              {
                "name": "lang",
                "in": "query",
                "required": false,
                "description": "The language of the explanation, reasons and questions",
                "schema": {
                  "type": "string",
                  "enum": [
                    "zh",
                    "en"
                  ]
                }
              },
              {
                "name": "trace",
                "in": "query",
                "required": false,
                "description": "Include the trace of every condition and material (default true)",
                "schema": {
                  "type": "string",
                  "enum": [
                    "true",
                    "false",
                    "1",
                    "0"
                  ]
                }
              },
              {
                "name": "explanation",
                "in": "query",
                "required": false,
                "description": "Write the applicant's explanation (default true)",
                "schema": {
                  "type": "string",
                  "enum": [
                    "true",
                    "false",
                    "1",
                    "0"
                  ]
                }
              },
              {
                "name": "open_case",
                "in": "query",
                "required": false,
                "description": "Open the case of an accepted decision too: its id in the Yici-Case-Id header (and Location)",
                "schema": {
                  "type": "string",
                  "enum": [
                    "true",
                    "false",
                    "1",
                    "0"
                  ]
                }
              }
            ],
            "requestBody": {
              "required": true,
              "description": "One application, interchange JSON (as `yici eval` reads it)",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Application"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "The decision",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  },
                  "Yici-Case-Id": {
                    "description": "With ?open_case=true and an accepted decision: the case opened",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Decision"
                    }
                  }
                }
              },
              "400": {
                "description": "Not a valid application, or a bad query: the CLI's error text, with the field and column when known",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "description": "The token is missing or wrong (only when decisions need the admin token)",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "403": {
                "description": "Decisions need the admin token, and none is configured",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head or body was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "413": {
                "description": "The body is over the limit",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "The decision could not be put on record (the decision log cannot be written); try again",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          },
          "get": {
            "summary": "The decisions on record, oldest first, a page at a time",
            "parameters": [
              {
                "name": "service",
                "in": "query",
                "required": false,
                "description": "Only this service's (or bundle's)",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "outcome",
                "in": "query",
                "required": false,
                "description": "Only with this outcome",
                "schema": {
                  "type": "string",
                  "enum": [
                    "accepted",
                    "accepted_with_waiver",
                    "needs_correction",
                    "needs_information",
                    "rejected"
                  ]
                }
              },
              {
                "name": "from",
                "in": "query",
                "required": false,
                "description": "Only those decided from this date (YYYY-MM-DD, UTC) or instant (ISO 8601)",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "to",
                "in": "query",
                "required": false,
                "description": "Only those decided through this date (YYYY-MM-DD, UTC) or before this instant",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "after",
                "in": "query",
                "required": false,
                "description": "The page after this decision id (the previous page's next)",
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "limit",
                "in": "query",
                "required": false,
                "description": "The most on the page (1 to 1000, default 100)",
                "schema": {
                  "type": "integer"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "A page of decisions",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/DecisionList"
                    }
                  }
                }
              },
              "400": {
                "description": "A bad parameter",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "The server runs without a decision log",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "The decision log cannot be read",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/decisions/batch": {
          "post": {
            "summary": "Decide a JSON Lines batch, streamed",
            "description": "One output line per input line, in order; a bad line gives `{\"line\": N, \"error\": \"…\"}` and the stream goes on. Each line is a `BatchLine`. With the decision log on, every decision line is on record and carries its `decision_id`; in durable mode a line is written only once its record is durable (the lines of a block are committed as one group). A decision that cannot be put on record is given as an error line in its place.",
            "parameters": [
              {
                "name": "lang",
                "in": "query",
                "required": false,
                "description": "The language of the explanation, reasons and questions",
                "schema": {
                  "type": "string",
                  "enum": [
                    "zh",
                    "en"
                  ]
                }
              },
              {
                "name": "trace",
                "in": "query",
                "required": false,
                "description": "Include the trace of every condition and material (default false)",
                "schema": {
                  "type": "string",
                  "enum": [
                    "true",
                    "false",
                    "1",
                    "0"
                  ]
                }
              },
              {
                "name": "explanation",
                "in": "query",
                "required": false,
                "description": "Write the applicant's explanation (default true)",
                "schema": {
                  "type": "string",
                  "enum": [
                    "true",
                    "false",
                    "1",
                    "0"
                  ]
                }
              }
            ],
            "requestBody": {
              "required": false,
              "content": {
                "application/x-ndjson": {
                  "schema": {
                    "type": "string"
                  }
                }
              },
              "description": "JSON Lines, one application a line (an empty body is an empty batch, answered with no lines)"
            },
            "responses": {
              "200": {
                "description": "The decisions, one JSON object a line",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/x-ndjson": {
                    "schema": {
                      "type": "string"
                    }
                  }
                }
              },
              "400": {
                "description": "A bad query parameter (`lang`, `trace`, `explanation`); a bad line is not a 400 but its error line in the stream",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "description": "The token is missing or wrong (only when decisions need the admin token)",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "403": {
                "description": "Decisions need the admin token, and none is configured",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "413": {
                "description": "The body is over the limit",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/decisions/{id}": {
          "get": {
            "summary": "One decision on record: what was decided, by which rules, on what application",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "The decision",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/StoredDecision"
                    }
                  }
                }
              },
              "400": {
                "description": "Not a decision id",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "No such decision on record, or no decision log",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "The decision log cannot be read",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/questions": {
          "post": {
            "summary": "The decision so far and the next questions, most decisive first",
            "description": "The decision without explanation and trace; its `questions` are what a form asks next.",
            "parameters": [
              {
                "name": "lang",
                "in": "query",
                "required": false,
                "description": "The language of the explanation, reasons and questions",
                "schema": {
                  "type": "string",
                  "enum": [
                    "zh",
                    "en"
                  ]
                }
              }
            ],
            "requestBody": {
              "required": true,
              "description": "One application, interchange JSON (as `yici eval` reads it)",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Application"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "The decision so far",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Decision"
                    }
                  }
                }
              },
              "400": {
                "description": "Not a valid application, or a bad query: the CLI's error text, with the field and column when known",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "description": "The token is missing or wrong (only when decisions need the admin token)",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "403": {
                "description": "Decisions need the admin token, and none is configured",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head or body was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "413": {
                "description": "The body is over the limit",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "The decision could not be put on record (the decision log cannot be written); try again",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/notices": {
          "post": {
            "summary": "The one-time notice (一次性告知书) for an application",
            "parameters": [
              {
                "name": "lang",
                "in": "query",
                "required": false,
                "description": "The language of the explanation, reasons and questions",
                "schema": {
                  "type": "string",
                  "enum": [
                    "zh",
                    "en"
                  ]
                }
              }
            ],
            "requestBody": {
              "required": true,
              "description": "One application, interchange JSON (as `yici eval` reads it)",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/Application"
                  }
                }
              }
            },
            "responses": {
              "200": {
                "description": "The notice",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Notice"
                    }
                  }
                }
              },
              "400": {
                "description": "Not a valid application, or a bad query: the CLI's error text, with the field and column when known",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "401": {
                "description": "The token is missing or wrong (only when decisions need the admin token)",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "403": {
                "description": "Decisions need the admin token, and none is configured",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head or body was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "413": {
                "description": "The body is over the limit",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/services": {
          "get": {
            "summary": "The services and bundles, or those whose id, name, alias or code contains q",
            "parameters": [
              {
                "name": "q",
                "in": "query",
                "required": false,
                "description": "Search text",
                "schema": {
                  "type": "string"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "The services",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/ServiceList"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/services/{id}": {
          "get": {
            "summary": "One service or bundle: metadata, facts with their questions and options, conditions, materials, and the service's guide",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "date",
                "in": "query",
                "required": false,
                "description": "The guide of the rules in force on this date (default today)",
                "schema": {
                  "type": "string",
                  "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
                  "format": "date"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "The service",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/ServiceDetail"
                    }
                  }
                }
              },
              "400": {
                "description": "A bad date",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "No such service",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/rules": {
          "get": {
            "summary": "The rules serving: revision, files, diagnostics, when loaded, the last reload",
            "responses": {
              "200": {
                "description": "The rules",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Rules"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/rules/reload": {
          "post": {
            "summary": "Read and compile the rules again; swap them in when they have no errors",
            "security": [
              {
                "adminToken": []
              }
            ],
            "responses": {
              "200": {
                "description": "Reloaded, or unchanged",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/ReloadOutcome"
                    }
                  }
                }
              },
              "401": {
                "description": "The token is missing or wrong",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "403": {
                "description": "No admin token is configured: the endpoint is off",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "422": {
                "description": "The new rules could not be read or have errors; the old ones keep serving",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/ReloadOutcome"
                    }
                  }
                }
              }
            }
          }
        },
        "/health": {
          "get": {
            "summary": "Live",
            "responses": {
              "200": {
                "description": "The server answers",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Health"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/health/ready": {
          "get": {
            "summary": "Ready: the rules are loaded and the server accepts connections; 503 while it shuts down",
            "responses": {
              "200": {
                "description": "Ready: the rules are loaded and the server accepts connections",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Ready"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "Not ready: starting, or draining after SIGTERM",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Ready"
                    }
                  }
                }
              }
            },
            "description": "`ready` (200) while the server serves; `draining` (503) from SIGTERM on, while it finishes the requests in flight (and, during `--shutdown-wait`, still takes new ones); `starting` (503) before it accepts connections. A load balancer sends requests only on 200. `reason` says why in words."
          }
        },
        "/metrics": {
          "get": {
            "summary": "Prometheus metrics",
            "responses": {
              "200": {
                "description": "The metrics in Prometheus' text format",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "text/plain": {
                    "schema": {
                      "type": "string"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/openapi.json": {
          "get": {
            "summary": "This document",
            "responses": {
              "200": {
                "description": "The OpenAPI document",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "object"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/cases": {
          "post": {
            "summary": "Open the case of an accepted (or accepted-with-waiver) decision on record",
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "decision_id": {
                        "type": "string"
                      },
                      "actor": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "decision_id",
                      "actor"
                    ]
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "The case opened",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Case"
                    }
                  }
                }
              },
              "400": {
                "description": "A bad body",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "No such decision on record, or no decision log",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "409": {
                "description": "The decision is not accepted, or has its case already",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "422": {
                "description": "The decision cannot open a case (a bundle's)",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "The store cannot be read",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          },
          "get": {
            "summary": "The cases and where each stands",
            "parameters": [
              {
                "name": "status",
                "in": "query",
                "required": false,
                "schema": {
                  "type": "string",
                  "enum": [
                    "running",
                    "warning",
                    "due_today",
                    "overdue",
                    "paused",
                    "completed",
                    "withdrawn"
                  ]
                }
              },
              {
                "name": "today",
                "in": "query",
                "required": false,
                "description": "The day to report on (default today)",
                "schema": {
                  "type": "string",
                  "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "The cases",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/CaseList"
                    }
                  }
                }
              },
              "400": {
                "description": "A bad parameter",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "No decision log",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "The store cannot be read",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/cases/{id}": {
          "get": {
            "summary": "One case: its clock, waived materials and events",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "string"
                }
              },
              {
                "name": "today",
                "in": "query",
                "required": false,
                "description": "The day to report on (default today)",
                "schema": {
                  "type": "string",
                  "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
                }
              }
            ],
            "responses": {
              "200": {
                "description": "The case",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Case"
                    }
                  }
                }
              },
              "400": {
                "description": "Not a case id, or a bad day",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "No such case",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "The store cannot be read",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        },
        "/v1/cases/{id}/events": {
          "post": {
            "summary": "Add an event to a case: pause or resume a period not counted, a waived material supplied, completed, withdrawn",
            "parameters": [
              {
                "name": "id",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "properties": {
                      "kind": {
                        "type": "string",
                        "enum": [
                          "pause",
                          "resume",
                          "material_supplied",
                          "completed",
                          "withdrawn"
                        ]
                      },
                      "actor": {
                        "type": "string"
                      },
                      "day": {
                        "type": "string",
                        "description": "The day it happened (default today)"
                      },
                      "period": {
                        "type": "string",
                        "description": "pause, resume: the period not counted, as the service declares it"
                      },
                      "material": {
                        "type": "string",
                        "description": "material_supplied: the waived material"
                      },
                      "note": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "kind",
                      "actor"
                    ]
                  }
                }
              }
            },
            "responses": {
              "201": {
                "description": "The case with the event",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Case"
                    }
                  }
                }
              },
              "400": {
                "description": "A bad body",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "404": {
                "description": "No such case",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "408": {
                "description": "The request's head was not sent within the read timeout (`--read-timeout`); the connection is then closed",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "409": {
                "description": "The case is closed, the pause is not open (or already open), the material was supplied, or the case changed meanwhile",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "422": {
                "description": "A period the service does not leave out of its limit, a material not waived, a day before acceptance",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              },
              "503": {
                "description": "The store cannot be read",
                "headers": {
                  "X-Request-Id": {
                    "description": "The request id (the client's own when it sends a sensible one), as logged",
                    "schema": {
                      "type": "string"
                    }
                  }
                },
                "content": {
                  "application/json": {
                    "schema": {
                      "$ref": "#/components/schemas/Error"
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    """##
}
