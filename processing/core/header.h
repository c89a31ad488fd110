#pragma once

#include "core/header_card.h"
#include "core/utc_time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hb {

// The cards of one FITS header in file order, HISTORY and COMMENT included, END excluded.
// Keyword look-up returns the first value card with that name (FITS allows no duplicates;
// real files sometimes have them, and readers take the first).
//
// Typed accessors return nullopt when a keyword is absent or has no value, and throw hb::Error
// naming the source file and keyword when a value is present but unusable (EXPTIME = 'abc'):
// a garbage value is a defect of the file that the scientist must see, never a silent default.
class Header {
public:
    Header() = default;
    explicit Header(std::string source) : m_source(std::move(source)) {}

    const std::string& source() const noexcept { return m_source; }
    void setSource(std::string source) { m_source = std::move(source); }

    const std::vector<HeaderCard>& cards() const noexcept { return m_cards; }
    std::size_t size() const noexcept { return m_cards.size(); }
    bool empty() const noexcept { return m_cards.empty(); }

    void append(HeaderCard card);
    // Replaces the value (and comment, when given) of the first card named like `card`, or
    // appends it.
    void set(HeaderCard card);
    void remove(std::string_view keyword);
    // Appends HISTORY cards, splitting text longer than one card.
    void addHistory(std::string_view text);

    const HeaderCard* find(std::string_view keyword) const noexcept;
    bool contains(std::string_view keyword) const noexcept { return find(keyword) != nullptr; }

    std::optional<std::string> text(std::string_view keyword) const;
    std::optional<double> number(std::string_view keyword) const;
    std::optional<long long> integer(std::string_view keyword) const;
    std::optional<bool> logical(std::string_view keyword) const;
    std::vector<std::string> commentary(std::string_view keyword) const;  // HISTORY / COMMENT texts

    // Domain accessors.
    // EXPTIME in seconds; an error when negative or not finite.
    std::optional<double> exposureTime() const;
    // Observation time in UTC from DATE-OBS (+ TIME-OBS), DATE_OBS, DATE-BEG or T_OBS (TAI),
    // in that order of preference; an error when DATE-OBS is present but unreadable.
    std::optional<UtcTime> observationTime() const;

    [[noreturn]] void throwBadValue(std::string_view keyword, std::string_view expected) const;

private:
    std::string m_source;
    std::vector<HeaderCard> m_cards;
};

} // namespace hb
