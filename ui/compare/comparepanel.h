// SPDX-License-Identifier: MIT
// One column of compare mode: a compared model's own settings (cell, layers, hidden size, output
// layer, seed) as small editors under a header in the model's colour, and its unfolded graph
// (GraphView: the inputs, the hidden states, the predictions). An edit is checked with the
// engine's validate() as it is made: a valid one is handed on (sessionEdited), a problem is shown
// in place with the engine's message and nothing is handed on. Not the shared settings (texts,
// optimizer: the same for every model) and not the training (CompareController).
#pragma once

#include "app/worker/snapshot.h"
#include "engine/session.h"
#include "ui/common/metatypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace rnnlab {

class GraphView;

class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    //! The panel of model \a index (0 = A): its letter, colour, line style and marker.
    explicit ComparePanel(int index, QWidget *parent = nullptr);

    int index() const { return m_index; }
    GraphView *graphView() const { return m_graph; }
    //! Shows \a session's model settings (nothing is handed on) and \a label ("1 layer").
    void setSession(const Session &session, const QString &label);
    //! The session with the settings as edited now (may be invalid: see problemText()).
    Session editedSession() const;
    //! The engine's problem with the edited settings, shown under them ("" when there is none).
    QString problemText() const;
    //! Whether the remove button is offered (a third model can go; two must stay).
    void setRemovable(bool removable);

    // The editors, for tests and keyboard focus.
    QComboBox *cellEditor() const { return m_cell; }
    QSpinBox *layersEditor() const { return m_layers; }
    QSpinBox *hiddenEditor() const { return m_hidden; }
    QCheckBox *outputLayerEditor() const { return m_outputLayer; }
    QLineEdit *seedEditor() const { return m_seed; }

public slots:
    void setSnapshot(const rnnlab::SnapshotPtr &snapshot);

signals:
    //! The settings were edited into a valid \a session (its own weights dropped: it starts from
    //! its seed).
    void sessionEdited(const rnnlab::Session &session);
    void removeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void edited();
    void updateSwatch();

    int m_index;
    Session m_session;
    bool m_updating = false;
    QLabel *m_swatch = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_label = nullptr;
    QComboBox *m_cell = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_hidden = nullptr;
    QCheckBox *m_outputLayer = nullptr;
    QLineEdit *m_seed = nullptr;
    QLabel *m_problem = nullptr;
    QToolButton *m_remove = nullptr;
    GraphView *m_graph = nullptr;
};

} // namespace rnnlab
