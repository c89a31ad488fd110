// Messages that quote damaged files stay printable, and no exception leaves a worker thread.
#include "core/error.h"
#include "core/printable_text.h"
#include "core/worker_threads.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <stdexcept>

using hb::printableText;

class TestPrintableText : public QObject {
    Q_OBJECT

private slots:
    void keepsTextAndEscapesTheRest()
    {
        QCOMPARE(printableText("BITPIX = 16"), std::string("BITPIX = 16"));
        QCOMPARE(printableText("Gr\xC3\xB6\xC3\x9F" "e 1\xC2\xB0"), std::string("Gr\xC3\xB6\xC3\x9F" "e 1\xC2\xB0"));  // UTF-8 kept
        QCOMPARE(printableText("line one\nline two\r\n\tend"), std::string("line one line two end"));
        QCOMPARE(printableText(std::string("nul\0bell\a", 9)), std::string("nul\\x00bell\\x07"));
        QCOMPARE(printableText("\xFF\xFE"), std::string("\\xFF\\xFE"));
        QCOMPARE(printableText("\xC0\xAF"), std::string("\\xC0\\xAF"));          // overlong '/'
        QCOMPARE(printableText("\xED\xA0\x80"), std::string("\\xED\\xA0\\x80"));  // a UTF-16 surrogate
        QCOMPARE(printableText("cut \xE2\x82"), std::string("cut \\xE2\\x82"));    // a sequence cut short
        QCOMPARE(printableText("\x7F"), std::string("\\x7F"));
        // Escaping is idempotent: an escaped message passes through again unchanged.
        QCOMPARE(printableText(printableText("\xFF\n")), printableText("\xFF\n"));
    }

    void errorsArePrintableWhenMade()
    {
        const hb::Error e("bad.fits", std::string("CFITSIO: keyword 'SIMPLE\x01\xFF' not T"));
        QCOMPARE(e.problem(), std::string("CFITSIO: keyword 'SIMPLE\\x01\\xFF' not T"));
        QCOMPARE(std::string(e.what()), "bad.fits: " + e.problem());
        QCOMPARE(e.file(), std::string("bad.fits"));
    }

    void parallelForRethrowsOnTheCallingThread()
    {
        std::atomic<int> calls{0};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, hb::parallelFor(1000, 4, [&](std::size_t i) {
                                     ++calls;
                                     std::this_thread::sleep_for(std::chrono::microseconds(200));  // others still at work
                                     if (i == 10)
                                         throw std::runtime_error("from a worker");
                                 }));
        QVERIFY(calls.load() >= 1 && calls.load() < 1000);  // the handing out stopped
        std::atomic<std::size_t> sum{0};
        hb::parallelFor(100, 3, [&](std::size_t i) { sum += i; });
        QCOMPARE(sum.load(), std::size_t(4950));
        std::atomic<bool> cancel{true};
        std::atomic<int> none{0};
        hb::parallelFor(100, 3, [&](std::size_t) { ++none; }, &cancel);
        QCOMPARE(none.load(), 0);
    }
};

QTEST_APPLESS_MAIN(TestPrintableText)
#include "tst_printable_text.moc"
