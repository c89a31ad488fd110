#include "io/fits/header_sanitizer.h"

#include "core/fits_date.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <unordered_set>

namespace hb::io {

namespace {

bool isWriterOwned(const std::string& key)
{
    static const std::unordered_set<std::string> kKeys{
        "SIMPLE", "BITPIX",  "NAXIS",  "EXTEND", "XTENSION", "PCOUNT", "GCOUNT",  "EXTNAME",  "EXTVER",
        "BSCALE", "BZERO",   "BLANK",  "CHECKSUM", "DATASUM", "TFIELDS", "THEAP", "ZIMAGE",   "ZBITPIX",
        "ZNAXIS", "ZCMPTYPE", "ZQUANTIZ", "ZDITHER0", "ZSIMPLE", "ZEXTEND", "ZBLANK", "ZSCALE", "ZZERO",
        "ZHECKSUM", "ZDATASUM", "ZTENSION", "ZPCOUNT", "ZGCOUNT", "END"};
    if (kKeys.contains(key))
        return true;
    for (const char* prefix : {"NAXIS", "ZNAXIS", "ZTILE", "ZNAME", "ZVAL", "TTYPE", "TFORM", "TUNIT"})
        if (key.starts_with(prefix) && key.size() > std::char_traits<char>::length(prefix))
            return true;
    return false;
}

std::string printable(std::string s)
{
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            c = ' ';
    return s;
}

// Keywords the standard defines as floating point; missions sometimes wrote them as integers
// (EQUINOX = 2000), which fitsverify rejects.
bool mustBeFloatingPoint(const std::string& key)
{
    if (key == "EQUINOX" || key == "EPOCH" || key == "MJD-OBS" || key == "MJD-AVG" || key == "MJDREF")
        return true;
    for (const char* prefix : {"CRPIX", "CRVAL", "CDELT", "CROTA", "CRDER", "CSYER", "PC", "CD", "PV"}) {
        const std::size_t n = std::char_traits<char>::length(prefix);
        if (key.size() > n && key.starts_with(prefix) && std::isdigit(static_cast<unsigned char>(key[n])))
            return true;
    }
    return false;
}

bool isIntegerLiteral(const std::string& value)
{
    std::size_t i = value.starts_with('-') || value.starts_with('+') ? 1 : 0;
    return i < value.size() && value.find_first_not_of("0123456789", i) == std::string::npos;
}

// A FITS number: digits, sign, point, exponent (E or Fortran's D). Not 'nan' or 'inf'.
bool isNumberText(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    if (first == std::string::npos)
        return false;
    std::string s = text.substr(first, last - first + 1);
    if (s.find_first_not_of("0123456789+-.EeDd") != std::string::npos || s.find_first_of("0123456789") == std::string::npos)
        return false;
    std::replace_if(s.begin(), s.end(), [](char c) { return c == 'D' || c == 'd'; }, 'E');
    char* end = nullptr;
    std::strtod(s.c_str(), &end);
    return *end == '\0';
}

bool isCfitsioBoilerplate(const HeaderCard& card)
{
    return card.kind == CardKind::Commentary && card.keyword == "COMMENT"
        && (card.value.starts_with("  FITS (Flexible Image Transport System) format is defined in")
            || card.value.starts_with("  and Astrophysics', volume 376, page 359;"));
}

bool isDateKeyword(const std::string& key)
{
    return key == "DATE" || key.starts_with("DATE-") || key.starts_with("DATE_");
}

} // namespace

std::vector<HeaderCard> cardsForOutput(const Header& header, bool modernizeDates)
{
    std::vector<HeaderCard> out;
    out.reserve(header.size());
    const auto timeObs = header.text("TIME-OBS");
    for (HeaderCard card : header.cards()) {
        if (card.kind == CardKind::Value && isWriterOwned(card.keyword))
            continue;
        if (isCfitsioBoilerplate(card))
            continue;  // CFITSIO adds these two COMMENT cards to every new file itself
        card.keyword = printable(card.keyword);
        card.value = printable(card.value);
        card.comment = printable(card.comment);
        if (card.kind == CardKind::Value && !card.value.empty() && !card.isStringValue() && card.value != "T"
            && card.value != "F" && !isNumberText(card.value)) {
            // 'nan' and 'inf' are no FITS numbers (HMI writes CRDER1 = nan): undefined value.
            card.comment = "was " + card.value + (card.comment.empty() ? "" : "; " + card.comment);
            card.value.clear();
        }
        if (card.kind == CardKind::Value && mustBeFloatingPoint(card.keyword)) {
            // EXCAM writes EQUINOX = '2000' (a string): keep the number, drop the quotes.
            if (card.isStringValue()) {
                const std::string text = card.unquoted();
                if (isNumberText(text)) {
                    card.value = text.substr(text.find_first_not_of(' '));
                } else {
                    // HMI writes CRDER1 = 'nan'; a WCS number may not be undefined, so the card
                    // becomes a COMMENT that keeps what the mission wrote.
                    card = HeaderCard::commentary("COMMENT", card.keyword + " = '" + text + "' (not a number; left out)");
                }
            }
            if (isIntegerLiteral(card.value))
                card.value += ".0";
        }
        if (modernizeDates && card.kind == CardKind::Value && card.isStringValue() && isDateKeyword(card.keyword)) {
            const std::string original = card.unquoted();
            const bool isIso = original.size() >= 10 && original[4] == '-' && original[7] == '-';
            if (!original.empty() && !isIso) {
                const std::string tod = card.keyword == "DATE-OBS" ? timeObs.value_or("") : "";
                if (const auto t = parseFitsDate(original, tod)) {
                    const HeaderCard iso = HeaderCard::string(card.keyword, t->toIso(3));
                    card.comment = "was '" + original + "'" + (tod.empty() ? "" : " + TIME-OBS");
                    card.value = iso.value;
                }
            }
        }
        out.push_back(std::move(card));
    }
    // Long strings continued on CONTINUE cards need the convention declared.
    const auto isCard = [](const char* key) { return [key](const HeaderCard& c) { return c.keyword == key; }; };
    if (std::any_of(out.begin(), out.end(), isCard("CONTINUE")) && std::none_of(out.begin(), out.end(), isCard("LONGSTRN")))
        out.insert(out.begin(), HeaderCard::string("LONGSTRN", "OGIP 1.0", "long string convention may be used"));
    // WCSAXES must come before every other WCS keyword: put it first (MDI writes it late).
    std::stable_partition(out.begin(), out.end(), [](const HeaderCard& c) {
        return c.kind == CardKind::Value && c.keyword.starts_with("WCSAXES");
    });
    return out;
}

} // namespace hb::io
