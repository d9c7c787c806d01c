// Explanation stage: being written.
