#include "core/translatable.h"
#include "instruments/secchi/steps/secchi_steps.h"
#include "steps/step_support.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace hb::steps {

std::vector<int> secchiIpCodes(const std::string& ip0019)
{
    constexpr std::size_t kFields = 20, kWidth = 3;
    std::string padded = ip0019;
    if (padded.size() < kFields * kWidth)
        padded.insert(0, kFields * kWidth - padded.size(), ' ');
    std::vector<int> codes;
    for (std::size_t i = 0; i < kFields; ++i) {
        const std::string field = padded.substr(i * kWidth, kWidth);
        const auto digits = field.find_first_not_of(' ');
        codes.push_back(digits == std::string::npos ? 0 : std::atoi(field.c_str() + digits));
    }
    return codes;
}

double secchiIpDivisionFactor(const std::vector<int>& codes, bool div2Corrected)
{
    static const std::map<int, double> kUndo{{1, 2},   {16, 64}, {17, 64}, {50, 4},  {53, 4},  {82, 2},  {83, 4},
                                             {84, 8},  {85, 16}, {86, 32}, {87, 64}, {88, 128}, {118, 3}};
    double factor = 1.0;
    int divisionsByTwo = static_cast<int>(std::count(codes.begin(), codes.end(), 1));
    if (div2Corrected && divisionsByTwo > 0)
        --divisionsByTwo;
    factor *= std::pow(2.0, divisionsByTwo);
    for (int code : codes)
        if (code != 1)
            if (const auto it = kUndo.find(code); it != kUndo.end())
                factor *= it->second;
    return factor;
}

namespace {

struct SebIpParams {
    bool undo_divisions = true;
    bool undo_square_root = true;
};

class SebIpStep final : public TypedStep<SebIpParams> {
public:
    SebIpStep()
        : TypedStep(
              {"secchi.seb_ip", 1, HB_TR_NOOP("hb::steps", "Undo onboard image processing"),
               HB_TR_NOOP("hb::steps",
                          "Multiplies out the divisions the spacecraft's image processor applied (codes in "
                          "IP_00_19: divide by 2, 4, ... 128, by 3) and squares images that were square-rooted "
                          "onboard (code 2), so that pixels are in DN again. Marks the header so it is never done "
                          "twice."),
               kSecchiDetectors},
              ParameterSchema<SebIpParams>()
                  .flag(&SebIpParams::undo_divisions,
                        {.key = "undo_divisions", .label = HB_TR_NOOP("hb::steps", "Undo onboard divisions"),
                         .help = HB_TR_NOOP("hb::steps", "Multiply by 2, 4, ... for each division code in IP_00_19")})
                  .flag(&SebIpParams::undo_square_root,
                        {.key = "undo_square_root", .label = HB_TR_NOOP("hb::steps", "Undo onboard square root"),
                         .help = HB_TR_NOOP("hb::steps", "Square the image once for each code 2 in IP_00_19")}))
    {
    }

protected:
    // The onboard processing is undone on the counts as downlinked.
    UnitRule unitsFor(const SebIpParams&) const override { return {{DataUnit::RawDn}, std::nullopt}; }

    Frame run(const Frame& input, const SebIpParams& p, const RunContext&) const override
    {
        requirePixels(input, descriptor().id);
        Frame out = input;
        if (out.header.logical("HBSEBIP").value_or(false))
            return out;
        const std::vector<int> codes = secchiIpCodes(out.header.text("IP_00_19").value_or(""));
        const int roots = static_cast<int>(std::count(codes.begin(), codes.end(), 2));
        if (p.undo_square_root)
            for (int k = 0; k < roots; ++k)
                for (float& v : out.image.pixels())
                    v *= v;
        const double factor = p.undo_divisions ? secchiIpDivisionFactor(codes, out.header.logical("DIV2CORR").value_or(false)) : 1.0;
        if (factor != 1.0)
            scalePixels(out.image, factor);
        out.header.set(HeaderCard::logical("HBSEBIP", true, "onboard IP divisions undone by HelioBench"));
        out.header.addHistory("seb_ip: multiplied by " + formatNumber(factor) + ", squared " +
                              std::to_string(p.undo_square_root ? roots : 0) + " time(s)");
        return out;
    }
};

} // namespace

std::unique_ptr<Step> makeSecchiSebIpStep()
{
    return std::make_unique<SebIpStep>();
}

} // namespace hb::steps
