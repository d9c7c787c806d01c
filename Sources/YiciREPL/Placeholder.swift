// The REPL stage: being written.
