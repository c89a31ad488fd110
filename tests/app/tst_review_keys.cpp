// Where the review keys go: to the frame on screen from the image, the strip and the catalog;
// to a form field only while it is being edited; to the frame over everything in review mode
// with the pointer over the image. Its own window, so no earlier case leaves focus or docks
// somewhere else.
#include "catalog_panel.h"
#include "frame_strip.h"
#include "image_view.h"
#include "main_window.h"
#include "parameter_editors.h"
#include "parameter_form.h"
#include "workspaces/image/sequence_panel.h"
#include "workspaces/processing/pipeline_panel.h"
#include "workspaces/review/note_dialog.h"
#include "workspaces/review/review_panel.h"
#include "workspaces/review/review_session.h"
#include "test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QCursor>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWheelEvent>

using hb::review::FlagReason;

class TestReviewKeys : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<hb::app::MainWindow> m_window;

    hb::app::MainWindow& window() { return *m_window; }
    std::string shownPath() { return window().currentFrame()->info.path; }
    std::optional<FlagReason> flagOfShown()
    {
        const auto active = window().review()->store()->state(shownPath()).active;
        return active ? std::optional(active->reason) : std::nullopt;
    }
    void clearShown() { window().review()->clear(window().currentFrame()->info); }

    // A text field of the Pipeline dock (the outer radius of the missing-block step), on screen.
    QLineEdit* parameterField()
    {
        hb::app::PipelinePanel* panel = window().pipelinePanel();
        for (QWidget* w = panel; w; w = w->parentWidget())
            if (auto* dock = qobject_cast<QDockWidget*>(w)) {
                dock->show();
                dock->raise();
            }
        const auto& steps = panel->pipeline().steps;
        for (std::size_t k = 0; k < steps.size(); ++k)
            if (steps[k].id == "lasco.missing_blocks")
                panel->setCurrentStep(std::ptrdiff_t(k));
        panel->form()->setAdvancedShown(true);
        auto* field = panel->form()->editor("outer_rsun")->findChild<QLineEdit*>();
        if (field)
            (void)QTest::qWaitFor([field] { return field->isVisible(); }, 5000);
        return field;
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window();
        QTest::keyClick(target, key, modifiers);
    }

    void pointerOverImage(bool over)
    {
        hb::widgets::ImageView* view = window().frameView();
        QCursor::setPos(over ? view->mapToGlobal(view->rect().center()) : window().mapToGlobal(QPoint(-50, -50)));
    }

private slots:
    void initTestCase()
    {
        hb::test::useFreshSettings("tst_review_keys");
        hb::test::simulateInto(m_dir.filePath(QStringLiteral("c2")), "lasco-c2", 6, 64, 5);
        m_window = std::make_unique<hb::app::MainWindow>();
        window().resize(1600, 1000);
        window().show();
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        QSignalSpy finished(&window(), &hb::app::MainWindow::scanFinished);
        window().openFolder(m_dir.path());
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(window().currentFrame() != nullptr, 20000);
        QVERIFY(window().review()->isOpen());
    }

    void init()
    {
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        pointerOverImage(false);
        window().reviewPanel()->reviewModeAction()->setChecked(false);
        clearShown();
    }

    void theImageTheStripAndTheCatalogPassKeysToTheFrame()
    {
        window().frameView()->setFocus();
        press(Qt::Key_1);
        QCOMPARE(flagOfShown(), std::optional(FlagReason::Corrupted));
        window().sequencePanel()->strip()->setFocus();
        press(Qt::Key_2);
        QCOMPARE(flagOfShown(), std::optional(FlagReason::MissingBlocks));
        auto* tree = window().catalog()->findChild<QTreeView*>(QStringLiteral("catalogTree"));
        tree->setFocus();
        QCOMPARE(QApplication::focusWidget(), tree);
        const std::string before = shownPath();
        press(Qt::Key_3);
        QCOMPARE(shownPath(), before);  // not a type-ahead search in the tree
        QCOMPARE(flagOfShown(), std::optional(FlagReason::CosmicRayStorm));
    }

    void aFieldBeingEditedTakesTheDigits()
    {
        QLineEdit* field = parameterField();
        QVERIFY(field && field->isVisible());
        field->setFocus();
        field->selectAll();
        press(Qt::Key_4);
        QCOMPARE(field->text(), QStringLiteral("4"));
        QVERIFY(!flagOfShown());
        // Escape ends the edit; the next digit flags the frame.
        press(Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window().frameView()));
        press(Qt::Key_4);
        QCOMPARE(flagOfShown(), std::optional(FlagReason::Transient));
        QCOMPARE(field->text(), QStringLiteral("4"));
    }

    void enterEndsTheEditAndKeepsTheValue()
    {
        QLineEdit* field = parameterField();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("7"));
        press(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window().frameView()));
        QCOMPARE(field->text(), QStringLiteral("7"));
        press(Qt::Key_5);
        QCOMPARE(flagOfShown(), std::optional(FlagReason::Saturation));
        QCOMPARE(field->text(), QStringLiteral("7"));
    }

    void aClickOnTheImageEndsTheEdit()
    {
        QLineEdit* field = parameterField();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("3"));
        QWidget* image = window().frameView();
        QTest::mouseClick(image, Qt::LeftButton, Qt::NoModifier, image->rect().center());
        QTRY_COMPARE(QApplication::focusWidget(), image);
        press(Qt::Key_8);
        QCOMPARE(flagOfShown(), std::optional(FlagReason::Other));
        QCOMPARE(field->text(), QStringLiteral("3"));
    }

    void inReviewModeThePointerOverTheImageWins()
    {
        QLineEdit* field = parameterField();
        field->setFocus();
        field->setText(QStringLiteral("2"));
        field->end(false);
        window().reviewPanel()->reviewModeAction()->setChecked(true);
        pointerOverImage(true);
        press(Qt::Key_4);
        QCOMPARE(field->text(), QStringLiteral("2"));  // 2 did not become 24
        QCOMPARE(flagOfShown(), std::optional(FlagReason::Transient));
        // The pointer elsewhere, the field being edited takes the digit.
        pointerOverImage(false);
        press(Qt::Key_6);
        QCOMPARE(field->text(), QStringLiteral("26"));
        QCOMPARE(flagOfShown(), std::optional(FlagReason::Transient));
        press(Qt::Key_Escape);
    }

    void theWheelOverAFieldNotBeingEditedLeavesItsValue()
    {
        auto* spin = window().findChild<QSpinBox*>();
        QVERIFY(spin);
        QCOMPARE(spin->focusPolicy(), Qt::StrongFocus);  // not WheelFocus: the wheel does not pick it
        window().frameView()->setFocus();
        const int before = spin->value();
        QWheelEvent wheel(QPointF(5, 5), spin->mapToGlobal(QPointF(5, 5)), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(spin, &wheel);
        QCOMPARE(spin->value(), before);
        QVERIFY(!wheel.isAccepted());  // left for the dock's scroll area
    }

    void theWheelOverAComboBoxOrSliderWithoutFocusLeavesItsChoice()
    {
        QComboBox* combo = nullptr;
        for (QComboBox* candidate : window().findChildren<QComboBox*>())
            if (!candidate->isEditable() && candidate->count() > 2 && candidate->currentIndex() > 0 &&
                candidate->currentIndex() + 1 < candidate->count())
                combo = candidate;
        QVERIFY(combo);
        QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);
        window().frameView()->setFocus();
        const int before = combo->currentIndex();
        for (const int delta : {120, -120}) {
            QWheelEvent wheel(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), {}, QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(combo, &wheel);
            QCOMPARE(combo->currentIndex(), before);
        }
        // With the focus, the wheel is the user's choice.
        combo->setFocus();
        QWheelEvent wheel(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), {}, QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &wheel);
        QVERIFY(combo->currentIndex() != before);
        combo->setCurrentIndex(before);

        auto* slider = window().findChild<QSlider*>();
        QVERIFY(slider);
        window().frameView()->setFocus();
        const int sliderBefore = slider->value();
        QWheelEvent sliderWheel(QPointF(5, 5), slider->mapToGlobal(QPointF(5, 5)), {}, QPoint(0, 120), Qt::NoButton,
                                Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(slider, &sliderWheel);
        QCOMPARE(slider->value(), sliderBefore);
    }

    void ctrlEnterKeepsTheNoteAndTheKeysComeBack()
    {
        window().frameView()->setFocus();
        bool focusedOnText = false;
        bool enterKeptItOpen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<hb::app::NoteDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->activateWindow();  // a window manager's job; offscreen has none
            auto* text = dialog->findChild<QPlainTextEdit*>();
            focusedOnText = QTest::qWaitFor([text] { return QApplication::focusWidget() == text; }, 3000);
            if (!focusedOnText)
                qWarning() << "focus on" << QApplication::focusWidget() << QApplication::activeWindow();
            QTest::keyClicks(text, QStringLiteral("halo"));
            QTest::keyClick(text, Qt::Key_Return);  // a new line, not the end
            enterKeptItOpen = dialog->isVisible();
            QTest::keyClicks(text, QStringLiteral("ring"));
            QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
            if (dialog->isVisible())
                dialog->reject();  // Ctrl+Enter did nothing: end the test, not hang it
        });
        press(Qt::Key_N);
        QVERIFY(focusedOnText);
        QVERIFY(enterKeptItOpen);
        const auto active = window().review()->store()->state(shownPath()).active;
        QVERIFY(active);
        QCOMPARE(active->note, std::string("halo\nring"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(window().frameView()));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(&window()));
        press(Qt::Key_7);
        QCOMPARE(flagOfShown(), std::optional(FlagReason::PointingJump));
    }
};

QTEST_MAIN(TestReviewKeys)
#include "tst_review_keys.moc"
