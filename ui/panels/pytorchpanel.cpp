// SPDX-License-Identifier: MIT
#include "ui/panels/pytorchpanel.h"
#include "ui/common/monospace.h"

#include "app/session/atomicfile.h"
#include "app/session/pytorchscript.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include "app/session/sessionfile.h"

namespace rnnlab {

namespace {
constexpr std::size_t largeModel = 200'000; // parameters: a script of several MB
}

Session sessionOf(const TrainingSnapshot &snapshot)
{
    Session session = snapshot.setup->session;
    session.weights = toNamedTensors(snapshot.weights);
    session.optimizerState = saveOptimizerState(snapshot.optimizer, snapshot.stepsTaken);
    return session;
}

PytorchPanel::PytorchPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    m_caption = new QLabel(tr("No model yet."), this);
    m_caption->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setToolTip(tr("Copy the script: paste it into a file and run python3 train.py --steps 20"));
    auto *save = new QPushButton(tr("Save as…"), this);
    save->setToolTip(tr("Write the script to a .py file"));
    bar->addWidget(m_copy);
    bar->addWidget(save);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_caption);
    m_code = new QPlainTextEdit(this);
    m_code->setReadOnly(true);
    // Long lines (a weight matrix's numbers) wrap at the panel's edge instead of running past it:
    // in a side dock most of each line was cut. Copy and Save as… give the lines as they are.
    m_code->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_code->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_code->setFont(monospaceFamily());
    m_code->setObjectName(QStringLiteral("pytorchCode"));
    layout->addWidget(m_code, 1);

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(500);
    connect(m_throttle, &QTimer::timeout, this, &PytorchPanel::refresh);
    connect(m_copy, &QPushButton::clicked, this, &PytorchPanel::copy);
    connect(save, &QPushButton::clicked, this, &PytorchPanel::saveAs);
}

QString PytorchPanel::script() const
{
    return m_code->toPlainText();
}

void PytorchPanel::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    // A large model's script is megabytes (every weight, Adam's two moments): while it trains, the
    // panel waits for a pause rather than rebuild it twice a second on the GUI thread.
    if (snapshot && snapshot->setup && snapshot->playing && snapshot->setup->layout->totalSize() > largeModel
        && snapshot->generation == m_shownGeneration) {
        m_caption->setText(tr("Training… the script of this large model (%1 parameters) follows when training pauses.")
                               .arg(snapshot->setup->layout->totalSize()));
        return;
    }
    // A new run shows at once; training at most twice a second: the first snapshot of a burst now,
    // the newest of it when the timer runs out.
    if (!m_shownAny || (snapshot && snapshot->generation != m_shownGeneration) || !m_throttle->isActive()) {
        refresh();
        m_throttle->start();
    }
}

void PytorchPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void PytorchPanel::refresh()
{
    if (!m_snapshot || !m_snapshot->setup || !isVisible())
        return; // regenerated when shown
    if (m_shownAny && m_snapshot->generation == m_shownGeneration && m_snapshot->sequence == m_shownSequence)
        return;
    m_shownAny = true;
    m_shownGeneration = m_snapshot->generation;
    m_shownSequence = m_snapshot->sequence;
    m_scriptStep = m_snapshot->stepsTaken;
    const std::string text = PytorchScript::generate(sessionOf(*m_snapshot));
    const int scroll = m_code->verticalScrollBar() ? m_code->verticalScrollBar()->value() : 0;
    m_code->setPlainText(QString::fromStdString(text));
    m_code->verticalScrollBar()->setValue(scroll); // reading along while training: stay put
    m_caption->setText(tr("After %1. Saved as train.py, <tt>python3 train.py --steps 20</tt> trains on from step %2 "
                          "in PyTorch 1.13 with rnnlab's losses.")
                           .arg(m_scriptStep == 1 ? tr("1 training step") : tr("%1 training steps").arg(m_scriptStep))
                           .arg(m_scriptStep + 1));
}

void PytorchPanel::copy()
{
    refresh();
    QApplication::clipboard()->setText(script());
}

void PytorchPanel::saveAs()
{
    refresh();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the PyTorch script"), QStringLiteral("train.py"),
                                                tr("Python scripts (*.py)"));
    if (path.isEmpty())
        return;
    const QString error = AtomicFile::write(path, script().toUtf8());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot save"), error);
}

void PytorchPanel::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &)
{
    setSnapshot(snapshot);
}

} // namespace rnnlab
