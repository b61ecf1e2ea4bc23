// SPDX-License-Identifier: MIT
// The equation panel: draws an Equation (equationmodel.h) as a lecture would write it — matrices
// and vectors in brackets with their numbers, the current phase's terms emphasised, the row or
// column in focus tinted, each shared matrix's bracket in its identity colour. Only draws; the
// numbers are the model's. Shrinks its text (down to a legible minimum) to fit the panel, and
// asks for scrolling beyond that.
#pragma once

#include "ui/teaching/equationmodel.h"

#include <QWidget>

namespace rnnlab {

class EquationView : public QWidget
{
    Q_OBJECT

public:
    explicit EquationView(QWidget *parent = nullptr);

    void setEquation(Equation equation);
    const Equation &equation() const { return m_equation; }
    //! The text scale used to fit the panel (1 = the widget's font).
    double fitScale() const { return m_scale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Metrics
    {
        double cellWidth, cellHeight, labelHeight, gap, bracket;
    };
    Metrics metrics(const QFont &font) const;
    QSizeF naturalSize(const QFont &font) const;
    QSizeF itemSize(const EquationItem &item, const QFont &font, const Metrics &m) const;
    void fit();
    //! The room the equations may fill (see fit()).
    QSize room() const;
    std::vector<const EquationLine *> shownLines() const;
    QFont scaledFont(double scale) const;

    Equation m_equation;
    double m_scale = 1.0;
    bool m_currentOnly = false; // not room enough: the context lines are left out
};

} // namespace rnnlab
