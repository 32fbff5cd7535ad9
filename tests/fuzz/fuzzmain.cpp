// The libFuzzer entry point of one target, chosen at build time (MESOPLAN_FUZZ_TARGET).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return meso::fuzz::MESOPLAN_FUZZ_TARGET(data, size);
}
