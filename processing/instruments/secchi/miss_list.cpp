#include "instruments/secchi/miss_list.h"

#include "core/error.h"

namespace hb::instruments {

namespace {

constexpr int kBase = 34;

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'x')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'X')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::vector<int> decodeMissList(const std::string& text)
{
    std::string digits;
    for (char c : text)
        if (c != ' ')
            digits.push_back(c);
    if (digits.size() % 2 == 1)
        throw Error({}, "MISSLIST '" + text + "' has an odd number of digits (two per block)");
    std::vector<int> blocks;
    for (std::size_t i = 0; i < digits.size(); i += 2) {
        const int high = digitValue(digits[i]), low = digitValue(digits[i + 1]);
        if (high < 0 || low < 0)
            throw Error({}, "MISSLIST '" + text + "' holds '" + digits.substr(i, 2) + "', not two base-34 digits (0-9, a-x)");
        blocks.push_back(high * kBase + low);
    }
    return blocks;
}

std::string encodeMissList(const std::vector<int>& blocks)
{
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwx";
    std::string out;
    for (int b : blocks) {
        out.push_back(kDigits[(b / kBase) % kBase]);
        out.push_back(kDigits[b % kBase]);
    }
    return out;
}

} // namespace hb::instruments
