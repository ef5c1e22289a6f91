#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class ConnectorListModel;

// The console's sorted, filtered view of a ConnectorListModel: the filter keeps the rows whose
// text (any column, case-insensitively) contains the text typed, and both filtering and sorting
// compare the model's precomputed case-folded text (ConnectorListModel::rowContains(),
// rowLessThan()) instead of building a variant per cell, so that a keystroke over 10,000 rows
// costs about a plain string search of those rows.
class ConnectorFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConnectorFilterProxyModel(QObject *parent = nullptr);

    // The source must be a ConnectorListModel (another model shows every row, unsorted).
    void setConnectorModel(ConnectorListModel *model);
    // Shows only the rows that contain `text` (case-insensitive); empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ConnectorListModel *m_model = nullptr;
    QString m_text;
    QString m_folded;
};
