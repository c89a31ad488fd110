#include "io/fits/inherited_cards.h"

#include <unordered_set>

namespace hb::io {

namespace {
bool isStructural(const std::string& key)
{
    static const std::unordered_set<std::string> kKeys{"SIMPLE", "BITPIX", "NAXIS",  "EXTEND", "XTENSION",
                                                       "PCOUNT", "GCOUNT", "EXTNAME", "EXTVER", "CHECKSUM",
                                                       "DATASUM", "BSCALE", "BZERO", "BLANK"};
    return kKeys.contains(key) || (key.starts_with("NAXIS") && key.size() > 5);
}
} // namespace

void appendInheritedCards(Header& extension, const Header& primary)
{
    for (const HeaderCard& card : primary.cards()) {
        if (card.kind == CardKind::Value && (isStructural(card.keyword) || extension.contains(card.keyword)))
            continue;
        extension.append(card);
    }
}

} // namespace hb::io
