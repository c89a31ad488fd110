#include "simulate/simulation_output.h"

#include "core/error.h"
#include "io/atomic_output.h"

#include <fstream>

namespace hb::simulate {

void writeTextFile(const std::string& text, const std::string& path, bool overwrite)
{
    io::AtomicOutput out(path, overwrite);
    {
        std::ofstream f(out.tempPath(), std::ios::binary);
        f << text;
        if (!f)
            throw Error(path, "could not write the file");
    }
    out.commit();
}

void writeJsonFile(const nlohmann::ordered_json& json, const std::string& path, bool overwrite)
{
    writeTextFile(json.dump(2) + '\n', path, overwrite);
}

} // namespace hb::simulate
