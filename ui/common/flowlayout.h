// SPDX-License-Identifier: MIT
// A layout that places its items left to right and wraps them onto the next line when the width
// runs out (with height-for-width, so the parent grows a line instead of forcing its minimum
// width on the window). For legends and rows of small editors beside a narrow plot or graph.
// After Qt's "Flow Layout" example (BSD-3-Clause), reduced to what rnnlab needs: no per-item
// spacing from the style, one spacing for both directions. Not a grid: lines do not align.
#pragma once

#include <QLayout>
#include <QList>

namespace rnnlab {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    //! Lays the items out in \a rect (moving them when \a apply); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace rnnlab
