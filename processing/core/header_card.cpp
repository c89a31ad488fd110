#include "core/header_card.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace hb {

namespace {

std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string_view trim(std::string_view s)
{
    s = trimRight(s);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char& c : out)  // ASCII only, as FITS keywords are; no locale look-up per character
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// Splits "value / comment" honouring quotes: a '/' inside a string is part of the value.
void splitValueAndComment(std::string_view rest, HeaderCard& card)
{
    rest = trim(rest);
    std::size_t end = 0;
    if (!rest.empty() && rest.front() == '\'') {
        std::size_t i = 1;
        while (i < rest.size()) {
            if (rest[i] == '\'') {
                if (i + 1 < rest.size() && rest[i + 1] == '\'') {
                    i += 2;
                    continue;
                }
                break;
            }
            ++i;
        }
        end = std::min(i + 1, rest.size());
        card.value = std::string(rest.substr(0, end));
        if (card.value.size() < 2 || card.value.back() != '\'')
            card.value.push_back('\'');  // unterminated string: keep what is there, closed
    } else {
        end = rest.find('/');
        if (end == std::string_view::npos)
            end = rest.size();
        card.value = std::string(trim(rest.substr(0, end)));
    }
    const std::size_t slash = rest.find('/', end);
    if (slash != std::string_view::npos)
        card.comment = std::string(trim(rest.substr(slash + 1)));
}

} // namespace

HeaderCard HeaderCard::parse(std::string_view image)
{
    if (image.size() > kCardLength)
        image = image.substr(0, kCardLength);
    HeaderCard card;
    const std::string_view key8 = trimRight(image.substr(0, std::min<std::size_t>(8, image.size())));
    const std::string key = upper(key8);
    if (key == "END" && trim(image.substr(std::min<std::size_t>(8, image.size()))).empty()) {
        card.keyword = "END";
        card.kind = CardKind::End;
        return card;
    }
    if (key == "HIERARCH") {
        const std::size_t eq = image.find('=');
        if (eq != std::string_view::npos) {
            card.keyword = upper(trim(image.substr(8, eq - 8)));
            splitValueAndComment(image.substr(eq + 1), card);
            return card;
        }
    }
    const bool hasValueIndicator = image.size() >= 10 && image[8] == '=' && image[9] == ' ';
    card.keyword = key;
    if (!hasValueIndicator || key == "HISTORY" || key == "COMMENT" || key.empty()) {
        card.kind = CardKind::Commentary;
        card.value = image.size() > 8 ? std::string(trimRight(image.substr(8))) : std::string();
        return card;
    }
    splitValueAndComment(image.substr(10), card);
    return card;
}

HeaderCard HeaderCard::string(std::string keyword, std::string_view text, std::string comment)
{
    std::string quoted = "'";
    for (char c : text) {
        quoted.push_back(c);
        if (c == '\'')
            quoted.push_back('\'');
    }
    // The standard asks for at least 8 characters between the quotes (fixed format).
    while (quoted.size() < 9)
        quoted.push_back(' ');
    quoted.push_back('\'');
    return {std::move(keyword), std::move(quoted), std::move(comment), CardKind::Value};
}

HeaderCard HeaderCard::number(std::string keyword, double value, std::string comment)
{
    char buf[32];
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        std::snprintf(buf, sizeof buf, "%.1f", value);
    else
        std::snprintf(buf, sizeof buf, "%.15G", value);
    std::string text(buf);
    if (text.find_first_of(".E") == std::string::npos)
        text += ".0";
    return {std::move(keyword), text, std::move(comment), CardKind::Value};
}

HeaderCard HeaderCard::integer(std::string keyword, long long value, std::string comment)
{
    return {std::move(keyword), std::to_string(value), std::move(comment), CardKind::Value};
}

HeaderCard HeaderCard::logical(std::string keyword, bool value, std::string comment)
{
    return {std::move(keyword), value ? "T" : "F", std::move(comment), CardKind::Value};
}

HeaderCard HeaderCard::commentary(std::string keyword, std::string text)
{
    return {std::move(keyword), std::move(text), {}, CardKind::Commentary};
}

std::string HeaderCard::image() const
{
    std::string out;
    if (kind == CardKind::End) {
        out = "END";
    } else if (kind == CardKind::Commentary) {
        out = keyword;
        out.resize(8, ' ');
        out += value;
    } else {
        const bool hierarch = keyword.size() > 8;
        if (hierarch) {
            out = "HIERARCH " + keyword + " = ";
        } else {
            out = keyword;
            out.resize(8, ' ');
            out += "= ";
        }
        if (isStringValue() || hierarch) {
            out += value;
        } else {
            // Fixed format: numbers and logicals right-justified to column 30.
            const std::size_t width = 20;
            if (value.size() < width)
                out.append(width - value.size(), ' ');
            out += value;
        }
        if (!comment.empty())
            out += " / " + comment;
    }
    out.resize(kCardLength, ' ');
    return out;
}

std::string HeaderCard::unquoted() const
{
    if (!isStringValue())
        return std::string(trimRight(value));
    std::string out;
    for (std::size_t i = 1; i + 1 < value.size(); ++i) {
        out.push_back(value[i]);
        if (value[i] == '\'' && i + 1 < value.size() - 1 && value[i + 1] == '\'')
            ++i;
    }
    return std::string(trimRight(out));
}

} // namespace hb
