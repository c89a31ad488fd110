#include "flag_style.h"

#include <QCoreApplication>

namespace hb::widgets {

QColor flagColour(review::FlagReason reason)
{
    using R = review::FlagReason;
    switch (reason) {
    case R::Corrupted: return {214, 39, 40};
    case R::MissingBlocks: return {148, 103, 189};
    case R::CosmicRayStorm: return {23, 190, 207};
    case R::Transient: return {44, 160, 44};
    case R::Saturation: return {255, 127, 14};
    case R::StrayLight: return {227, 119, 194};
    case R::PointingJump: return {140, 86, 75};
    case R::Other: return {127, 127, 127};
    }
    return {127, 127, 127};
}

QString flagLabel(review::FlagReason reason)
{
    using R = review::FlagReason;
    switch (reason) {
    case R::Corrupted: return QCoreApplication::translate("FlagStyle", "Corrupted");
    case R::MissingBlocks: return QCoreApplication::translate("FlagStyle", "Missing blocks");
    case R::CosmicRayStorm: return QCoreApplication::translate("FlagStyle", "Cosmic-ray storm");
    case R::Transient: return QCoreApplication::translate("FlagStyle", "Comet or planet");
    case R::Saturation: return QCoreApplication::translate("FlagStyle", "Saturation or bleed");
    case R::StrayLight: return QCoreApplication::translate("FlagStyle", "Stray light");
    case R::PointingJump: return QCoreApplication::translate("FlagStyle", "Pointing jump");
    case R::Other: return QCoreApplication::translate("FlagStyle", "Other");
    }
    return {};
}

QColor proposalColour()
{
    return {255, 200, 40};
}

} // namespace hb::widgets
