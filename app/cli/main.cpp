// heliobench-cli: the headless face of HelioBench (DESIGN.md section 6).
#include "commands.h"

#include "core/allocator_tuning.h"
#include "kernel/step_registry.h"

int main(int argc, char** argv)
{
    hb::keepLargeBuffersForReuse();
    return hb::cli::runCommandLine({argv + 1, argv + argc}, hb::steps::builtinSteps());
}
