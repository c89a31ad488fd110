#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace hb::app {

// The note on a frame's flag: several lines, Ctrl+Enter keeps it (Enter starts a new line,
// which QInputDialog's multi-line box offers no way around), Escape drops it.
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(const QString& question, const QString& note, QWidget* parent);

    QString note() const;
    void setNote(const QString& note);

private:
    QPlainTextEdit* m_text;
};

} // namespace hb::app
