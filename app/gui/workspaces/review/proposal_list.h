#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hb::app {

class ReviewSession;

// The detectors' open proposals in the review database, one row per frame, the highest score
// first (any column sorts): choose one to see its frame, accept or dismiss the chosen ones
// (a frame's row stands for all its proposals) or all listed.
class ProposalList : public QWidget {
    Q_OBJECT
public:
    explicit ProposalList(ReviewSession& session, QWidget* parent = nullptr);

    // Proposals listed, and frames they are for (a frame several detectors proposed is one
    // row with a row for each proposal under it).
    int count() const noexcept { return m_proposalCount; }
    int frameCount() const;
    QTreeWidget* tree() const noexcept { return m_tree; }
    void decideSelected(bool accept);
    void decideAll(bool accept);

signals:
    // The file of the chosen proposal, as a path on disk.
    void frameRequested(const QString& path);

private:
    void refresh();
    void decide(const std::vector<std::int64_t>& ids, bool accept);

    ReviewSession& m_session;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QPushButton* m_acceptSelected;
    QPushButton* m_dismissSelected;
    QPushButton* m_acceptAll;
    QPushButton* m_dismissAll;
    int m_proposalCount = 0;
};

} // namespace hb::app
