#ifndef KG_CFUZZERDRIVER_H
#define KG_CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt FuzzerInterface.h): parses libFuzzer's flags from
/// argc/argv and runs the fuzzing loop with `callback`. Linked in by -sanitize=fuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
