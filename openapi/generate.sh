#!/bin/sh
# Writes Sources/YiciServer/OpenAPIDocument.swift from openapi/yici-serve.json (the one source
# of the document). EndpointTests (the served document is the file) fails when the two drift.
cd "$(dirname "$0")/.." || exit 1
{
  echo '// Generated from openapi/yici-serve.json by openapi/generate.sh: edit that file, not this one.'
  echo ''
  echo '/// The OpenAPI 3.1 document of the server, served at `/openapi.json`.'
  echo 'enum OpenAPIDocument {'
  echo '  static let json = ##"""'
  sed 's/^/    /' openapi/yici-serve.json
  echo '    """##'
  echo '}'
} > Sources/YiciServer/OpenAPIDocument.swift
