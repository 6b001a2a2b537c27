// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/rowmodel.h"

#include <QQmlEngine>

namespace cc::app {

/**
 * The first rows of another list model, kept in step with it: a page that shows the newest few
 * of thousands (the check-in history, a goal's progress) makes delegates for those only. Each
 * change of the source (its granular signals or a reset) becomes this model's difference
 * (RowModel::setRows), so a delegate shown stays when rows arrive or go further down.
 */
class FirstRowsModel
    : public cc::app::RowModel // qualified: Qt 6.4's qmltyperegistrar matches base classes by the name as written
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the controllers")

public:
    /** Follows @p source, a list model whose roles run from Qt::UserRole on (a RowModel or a
     *  RecordListModel), which outlives this model (e.g. the same parent), @p limit rows. */
    FirstRowsModel(QAbstractItemModel *source, int limit, QObject *parent);
    int limit() const { return m_limit; }

private:
    void follow();

    QAbstractItemModel *m_source;
    int m_limit;
};

} // namespace cc::app
