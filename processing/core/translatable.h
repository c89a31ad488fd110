#pragma once

// Marks a user-visible string in processing/ (which has no Qt) for translation: the text is used
// as is here, lupdate collects it under `context` (an alias of QT_TRANSLATE_NOOP, see
// translations/CMakeLists.txt) and the GUI translates it with QCoreApplication::translate.
#define HB_TR_NOOP(context, text) text
