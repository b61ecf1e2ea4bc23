// SPDX-License-Identifier: MIT
#include "ui/panels/predictionslog.h"
#include "ui/common/monospace.h"

#include "ui/panels/predictiondelegate.h"
#include "ui/panels/predictionsmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rnnlab {

PredictionsLog::PredictionsLog(QWidget *parent)
    : QWidget(parent)
    , m_model(new PredictionsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PredictionDelegate(m_view));
    m_view->setItemDelegateForColumn(PredictionsModel::StepColumn, new QStyledItemDelegate(m_view));
    m_view->setItemDelegateForColumn(PredictionsModel::LossColumn, new QStyledItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights and column widths: nothing measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_view);

    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_followNewest = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest)
            m_view->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_followNewest = true;
        resizeColumns();
        m_view->scrollToBottom();
    });
    resizeColumns();
}

PredictionsLog::~PredictionsLog() = default;

void PredictionsLog::setSnapshot(rnnlab::SnapshotPtr snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
}

void PredictionsLog::resizeColumns()
{
    const QFontMetrics metrics(m_view->font());
    const QFontMetrics mono(monospaceLike(m_view->font()));
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 14;
    m_view->verticalHeader()->setDefaultSectionSize(std::max(metrics.height(), mono.height()) + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(PredictionsModel::StepColumn,
                          std::max(metrics.horizontalAdvance(PredictionsModel::tr("Step")),
                                   metrics.horizontalAdvance(QStringLiteral("00000000")))
                              + padding);
    header->resizeSection(PredictionsModel::LossColumn,
                          metrics.horizontalAdvance(QStringLiteral("00.000000")) + padding);
    // A prediction column as wide as its text (or its header), within reason; the last stretches.
    for (int column = PredictionsModel::FirstTextColumn; column < m_model->columnCount(); ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const std::size_t length =
            m_model->texts()[static_cast<std::size_t>(column - PredictionsModel::FirstTextColumn)].size();
        const int prediction =
            mono.horizontalAdvance(QString(static_cast<qsizetype>(std::min<std::size_t>(length, 60)), u'M'));
        const int width = std::max(metrics.horizontalAdvance(title), prediction) + padding;
        header->resizeSection(column, std::clamp(width, 80, 480));
    }
}

void PredictionsLog::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        resizeColumns();
}

void PredictionsLog::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &)
{
    setSnapshot(snapshot);
}

} // namespace rnnlab
