#include "core/header.h"

#include "core/error.h"
#include "core/fits_date.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace hb {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// Keywords are ASCII; a locale-aware toupper per character showed up in catalog profiles.
bool sameKeyword(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return asciiUpper(x) == asciiUpper(y); });
}

std::optional<double> parseFitsNumber(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    std::string s(text);
    // Fortran-style exponents ('1.0D+03') appear in IDL-written headers.
    std::replace_if(s.begin(), s.end(), [](char c) { return c == 'D' || c == 'd'; }, 'E');
    if (s.front() == '+')
        s.erase(0, 1);
    double value = 0.0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), value);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size())
        return std::nullopt;
    return value;
}

} // namespace

void Header::append(HeaderCard card)
{
    if (card.kind != CardKind::End)
        m_cards.push_back(std::move(card));
}

void Header::set(HeaderCard card)
{
    for (HeaderCard& existing : m_cards) {
        if (existing.kind == CardKind::Value && sameKeyword(existing.keyword, card.keyword)) {
            existing.value = std::move(card.value);
            if (!card.comment.empty())
                existing.comment = std::move(card.comment);
            return;
        }
    }
    append(std::move(card));
}

void Header::remove(std::string_view keyword)
{
    std::erase_if(m_cards, [&](const HeaderCard& c) { return c.kind == CardKind::Value && sameKeyword(c.keyword, keyword); });
}

void Header::addHistory(std::string_view text)
{
    constexpr std::size_t kWidth = kCardLength - 8;
    do {
        append(HeaderCard::commentary("HISTORY", std::string(text.substr(0, kWidth))));
        text.remove_prefix(std::min(kWidth, text.size()));
    } while (!text.empty());
}

const HeaderCard* Header::find(std::string_view keyword) const noexcept
{
    for (const HeaderCard& c : m_cards)
        if (c.kind == CardKind::Value && sameKeyword(c.keyword, keyword))
            return &c;
    return nullptr;
}

std::optional<std::string> Header::text(std::string_view keyword) const
{
    const HeaderCard* c = find(keyword);
    if (!c || c->value.empty())
        return std::nullopt;
    std::string out = c->unquoted();
    // Long strings: '&' at the end continues on the following CONTINUE cards.
    if (c->isStringValue() && !out.empty() && out.back() == '&') {
        auto it = m_cards.begin() + (c - m_cards.data()) + 1;
        while (!out.empty() && out.back() == '&' && it != m_cards.end() && sameKeyword(it->keyword, "CONTINUE")) {
            out.pop_back();
            HeaderCard part = HeaderCard::parse("CONTINUE= " + std::string(trim(it->value)));
            out += part.unquoted();
            ++it;
        }
    }
    return out;
}

std::optional<double> Header::number(std::string_view keyword) const
{
    const HeaderCard* c = find(keyword);
    if (!c || trim(c->value).empty())
        return std::nullopt;
    const std::string raw = c->isStringValue() ? c->unquoted() : c->value;
    if (c->isStringValue() && trim(raw).empty())
        return std::nullopt;
    const auto v = parseFitsNumber(raw);
    if (!v)
        throwBadValue(keyword, "a number");
    return v;
}

std::optional<long long> Header::integer(std::string_view keyword) const
{
    const auto v = number(keyword);
    if (!v)
        return std::nullopt;
    if (!std::isfinite(*v) || *v != std::floor(*v) || std::fabs(*v) > 9.0e18)
        throwBadValue(keyword, "a whole number");
    return static_cast<long long>(*v);
}

std::optional<bool> Header::logical(std::string_view keyword) const
{
    const HeaderCard* c = find(keyword);
    if (!c || c->value.empty())
        return std::nullopt;
    const std::string v = c->isStringValue() ? c->unquoted() : c->value;
    if (v == "T" || v == "TRUE" || v == "1")
        return true;
    if (v == "F" || v == "FALSE" || v == "0")
        return false;
    throwBadValue(keyword, "T or F");
}

std::vector<std::string> Header::commentary(std::string_view keyword) const
{
    std::vector<std::string> out;
    for (const HeaderCard& c : m_cards)
        if (c.kind == CardKind::Commentary && sameKeyword(c.keyword, keyword))
            out.push_back(c.value);
    return out;
}

std::optional<double> Header::exposureTime() const
{
    const auto t = number("EXPTIME");
    if (t && (!std::isfinite(*t) || *t < 0.0))
        throwBadValue("EXPTIME", "a non-negative exposure time in seconds");
    return t;
}

std::optional<UtcTime> Header::observationTime() const
{
    if (const auto date = text("DATE-OBS"); date && !date->empty()) {
        const auto tod = text("TIME-OBS");
        if (auto t = parseFitsDate(*date, tod.value_or(std::string{})))
            return t;
        throwBadValue("DATE-OBS", "a date such as 2007-05-03T10:20:18 or 2002/05/21 with TIME-OBS");
    }
    for (std::string_view key : {"DATE_OBS", "DATE-BEG", "SCTSRT", "DATETIME"}) {
        if (const auto date = text(key); date && !date->empty()) {
            if (auto t = parseFitsDate(*date))
                return t;
            throwBadValue(key, "an ISO 8601 date");
        }
    }
    if (const auto tobs = text("T_OBS"); tobs && !tobs->empty()) {
        if (auto t = parseJsocTaiTime(*tobs))
            return t;
        if (auto t = parseFitsDate(*tobs))
            return t;
        throwBadValue("T_OBS", "a time such as 2010.10.15_23:01:00_TAI");
    }
    return std::nullopt;
}

void Header::throwBadValue(std::string_view keyword, std::string_view expected) const
{
    const HeaderCard* c = find(keyword);
    const std::string shown = c ? c->value : std::string("(absent)");
    throw Error(m_source, "header keyword " + std::string(keyword) + " has value " + shown + ", expected "
                              + std::string(expected));
}

} // namespace hb
