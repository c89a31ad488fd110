#include "steps/sequence/background_plan.h"

#include "core/error.h"

#include <cctype>
#include <cstdint>
#include <map>

namespace hb::steps {

BackgroundWindow parseBackgroundWindow(const std::string& text)
{
    if (text == "all")
        return {BackgroundWindow::Kind::All, 0};
    if (text == "day")
        return {BackgroundWindow::Kind::Day, 1};
    if (text.rfind("rolling:", 0) == 0) {
        try {
            std::size_t used = 0;
            const int days = std::stoi(text.substr(8), &used);
            if (used == text.size() - 8 && days >= 1 && days <= 366)
                return {BackgroundWindow::Kind::Rolling, days};
        } catch (const std::exception&) {
        }
    }
    throw Error("", "background window '" + text + "' is not one of all, day, rolling:N (N days, 1 to 366)");
}

namespace {

std::string safeName(const std::string& label)
{
    std::string name;
    for (char c : label)
        name += (std::isalnum(static_cast<unsigned char>(c)) || c == '-') ? c : '_';
    return name;
}

} // namespace

std::vector<BackgroundJob> planBackgrounds(const FrameSequence& sequence, const BackgroundWindow& window)
{
    const std::string stem = "background_" + safeName(sequence.label);
    if (window.kind == BackgroundWindow::Kind::All) {
        BackgroundJob job{stem + ".fts", {}};
        for (std::size_t i = 0; i < sequence.frames.size(); ++i)
            job.frames.push_back(i);
        return {job};
    }
    // Days as whole numbers since the epoch, so that a rolling window is a range of integers.
    std::map<long, std::string> dayNames;
    std::vector<std::pair<long, std::size_t>> dayOfFrame;
    for (std::size_t i = 0; i < sequence.frames.size(); ++i)
        if (const auto& time = sequence.frames[i].info.time) {
            const std::string name = time->dayString();
            constexpr std::int64_t kNanosecondsPerDay = 86'400'000'000'000;
            const long day = static_cast<long>(time->nanoseconds >= 0 ? time->nanoseconds / kNanosecondsPerDay
                                                                      : (time->nanoseconds + 1) / kNanosecondsPerDay - 1);
            dayNames[day] = name;
            dayOfFrame.emplace_back(day, i);
        }
    const long before = window.kind == BackgroundWindow::Kind::Rolling ? (window.days - 1) / 2 : 0;
    const long after = window.kind == BackgroundWindow::Kind::Rolling ? window.days - 1 - before : 0;
    std::vector<BackgroundJob> jobs;
    for (const auto& [day, name] : dayNames) {
        BackgroundJob job{stem + "_" + name + (window.kind == BackgroundWindow::Kind::Rolling
                                                   ? "_" + std::to_string(window.days) + "d"
                                                   : std::string()) + ".fts",
                          {}};
        for (const auto& [frameDay, index] : dayOfFrame)
            if (frameDay >= day - before && frameDay <= day + after)
                job.frames.push_back(index);
        jobs.push_back(std::move(job));
    }
    return jobs;
}

} // namespace hb::steps
