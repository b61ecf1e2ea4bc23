// SPDX-License-Identifier: MIT
#include "ui/window/comparemenu.h"

#include "engine/comparison.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/window/mainwindow.h"

#include <QMenu>

#include <memory>
#include <optional>

namespace rnnlab {

QMenu *createCompareMenu(MainWindow *window)
{
    auto *compare = new QMenu(QObject::tr("C&ompare"), window);
    compare->setToolTipsVisible(true); // what each preset is about
    // The presets' descriptions say what their models do, measured by training them: only when
    // the menu first opens (or a preset is chosen), not while the window starts.
    QList<QAction *> presetActions;
    for (const ComparePreset &preset : comparePresets(/*described=*/false)) {
        const std::string id = preset.id;
        QAction *a = compare->addAction(QString::fromStdString(preset.title), window, [window, id] {
            if (const std::optional<ComparePreset> chosen = comparePreset(id))
                window->openCompare(chosen->sessions, QString::fromStdString(chosen->title),
                                    QString::fromStdString(chosen->description));
        });
        a->setData(QString::fromStdString(id));
        presetActions << a;
    }
    auto described = std::make_shared<bool>(false);
    QObject::connect(compare, &QMenu::aboutToShow, compare, [presetActions, described] {
        if (*described)
            return;
        *described = true;
        const std::vector<ComparePreset> presets = comparePresets();
        for (QAction *a : presetActions) {
            for (const ComparePreset &preset : presets) {
                if (a->data().toString().toStdString() == preset.id)
                    a->setToolTip(QString::fromStdString(preset.description));
            }
        }
    });
    compare->addSeparator();
    const auto variant = [window](auto change) {
        // Both from their seeds, from step 0: a trained model against a fresh one says nothing.
        Session base = window->controller()->session();
        base.weights.reset();
        base.optimizerState.reset();
        std::vector<Session> sessions{base};
        change(base, sessions);
        window->openCompare(sessions);
    };
    compare
        ->addAction(QObject::tr("This model against one more &layer"), window,
                    [variant] {
                        variant([](const Session &base, std::vector<Session> &sessions) {
                            Session deeper = base;
                            deeper.model.numLayers += 1;
                            sessions.push_back(deeper);
                        });
                    })
        ->setToolTip(
            QObject::tr("The model and data on the left, from its seed, beside the same with one more stacked layer"));
    compare
        ->addAction(QObject::tr("This model as RNN, LSTM and &GRU"), window,
                    [variant] {
                        variant([](const Session &base, std::vector<Session> &sessions) {
                            sessions.clear();
                            for (CellKind kind : {CellKind::RnnTanh, CellKind::Lstm, CellKind::Gru}) {
                                Session s = base;
                                s.model.cell = kind;
                                sessions.push_back(s);
                            }
                        });
                    })
        ->setToolTip(QObject::tr("The model and data on the left, from its seed, as a vanilla RNN, an LSTM and a GRU"));
    return compare;
}

} // namespace rnnlab
