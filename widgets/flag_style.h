#pragma once

#include "review/flag_reason.h"

#include <QColor>
#include <QString>

namespace hb::widgets {

// How a flag reason looks everywhere in the window: one colour (tree, strip, badge) and one
// translated name. The colours are told apart by hue and lightness on dark and light themes.
QColor flagColour(review::FlagReason reason);
QString flagLabel(review::FlagReason reason);
// Proposals waiting for a decision: hollow marks in this colour.
QColor proposalColour();

} // namespace hb::widgets
