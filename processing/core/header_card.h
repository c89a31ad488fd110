#pragma once

#include <string>
#include <string_view>

namespace hb {

enum class CardKind {
    Value,       // KEYWORD = value / comment
    Commentary,  // HISTORY, COMMENT, blank keyword, or any card without "= " in columns 9-10
    End,
};

// One FITS header card, parsed from (or formatted to) its 80-character image.
// `value` keeps the value text exactly as written (strings with their quotes, numbers as
// digits) so that nothing is lost in a round trip; Header's typed accessors interpret it.
// For commentary cards `value` holds the free text of columns 9-80.
struct HeaderCard {
    std::string keyword;
    std::string value;
    std::string comment;
    CardKind kind = CardKind::Value;

    static HeaderCard parse(std::string_view image);
    static HeaderCard string(std::string keyword, std::string_view text, std::string comment = {});
    static HeaderCard number(std::string keyword, double value, std::string comment = {});
    static HeaderCard integer(std::string keyword, long long value, std::string comment = {});
    static HeaderCard logical(std::string keyword, bool value, std::string comment = {});
    static HeaderCard commentary(std::string keyword, std::string text);

    // The 80-character card image (padded with spaces, cut at 80).
    std::string image() const;

    bool isStringValue() const noexcept { return !value.empty() && value.front() == '\''; }
    // The text of a quoted string value, quotes removed, '' unescaped, trailing blanks trimmed.
    std::string unquoted() const;
};

inline constexpr std::size_t kCardLength = 80;

// Printable ASCII, or a tab: what readers accept in a card (real LASCO HISTORY cards hold tabs;
// they are read as they are and replaced only when written). No early exit, so it vectorises.
inline bool isReadableCardText(std::string_view text) noexcept
{
    bool bad = false;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        bad |= (c < 0x20 && c != '\t') | (c > 0x7e);
    }
    return !bad;
}

} // namespace hb
