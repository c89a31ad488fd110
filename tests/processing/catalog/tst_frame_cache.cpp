#include "catalog/frame_cache.h"

#include <QTest>

#include <thread>
#include <vector>

namespace {
std::shared_ptr<const hb::Frame> frameOf(int side)
{
    auto f = std::make_shared<hb::Frame>();
    f->image = hb::Image(side, side);
    return f;
}
} // namespace

class TestFrameCache : public QObject {
    Q_OBJECT
private slots:
    void evictsLeastRecentlyUsedWithinBudget()
    {
        const std::size_t one = hb::FrameCache::bytesOf(*frameOf(100));  // 60,000 bytes
        hb::FrameCache cache(3 * one);
        cache.insert("a", frameOf(100));
        cache.insert("b", frameOf(100));
        cache.insert("c", frameOf(100));
        QVERIFY(cache.find("a"));  // a is now the most recent
        cache.insert("d", frameOf(100));
        QCOMPARE(cache.size(), std::size_t{3});
        QVERIFY(!cache.contains("b"));  // b was the least recently used
        QVERIFY(cache.contains("a") && cache.contains("c") && cache.contains("d"));
        QCOMPARE(cache.bytesUsed(), 3 * one);
        cache.setBudget(one);
        QCOMPARE(cache.size(), std::size_t{1});
        QVERIFY(cache.contains("d"));
    }

    void keepsTheNewestEvenOverBudgetAndReplaces()
    {
        hb::FrameCache cache(10);
        cache.insert("big", frameOf(200));
        QVERIFY(cache.contains("big"));
        const auto held = cache.find("big");
        cache.insert("big", frameOf(50));  // replaced, not doubled
        QCOMPARE(cache.size(), std::size_t{1});
        QCOMPARE(held->image.width(), 200);  // a holder keeps its frame alive
        QCOMPARE(cache.find("big")->image.width(), 50);
        cache.clear();
        QCOMPARE(cache.bytesUsed(), std::size_t{0});
    }

    void concurrentUse()
    {
        hb::FrameCache cache(hb::FrameCache::bytesOf(*frameOf(32)) * 20);
        std::vector<std::jthread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&cache, t] {
                for (int i = 0; i < 500; ++i) {
                    const std::string key = std::to_string((i * 7 + t) % 40);
                    if (!cache.find(key))
                        cache.insert(key, frameOf(32));
                }
            });
        threads.clear();
        QVERIFY(cache.size() <= 20);
        QVERIFY(cache.bytesUsed() <= cache.budget());
    }
};

QTEST_GUILESS_MAIN(TestFrameCache)
#include "tst_frame_cache.moc"
