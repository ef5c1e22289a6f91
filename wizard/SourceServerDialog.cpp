#include "SourceServerDialog.h"

#include "ConnectorDraft.h"
#include "ConnectorParameter.h"
#include "ProblemLabel.h"
#include "SourceServerModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool isEdge(const ConnectorDraft &draft, const QString &server)
{
    const TransportServer *known = draft.organization().server(server);
    return known && known->isEdge();
}

} // namespace

SourceServerDialog::SourceServerDialog(ConnectorDraft *draft, QWidget *parent)
    : QDialog(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("sourceServerDialog"));
    setWindowTitle(tr("Select Hub Transport servers and Edge Subscriptions"));

    m_serverView = new QTreeWidget(this);
    m_serverView->setObjectName(QStringLiteral("serverView"));
    m_serverView->setHeaderLabels({tr("Name"), tr("Role"), tr("Site")});
    m_serverView->setRootIsDecorated(false);
    m_serverView->setUniformRowHeights(true);
    m_serverView->setAllColumnsShowFocus(true);
    m_serverView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_serverView->setAccessibleName(tr("Hub Transport servers and Edge Subscriptions"));

    const QStringList listed = m_draft->connector().sourceTransportServers;
    for (const QString &name : m_draft->candidateSourceServers()) {
        if (listed.contains(name, Qt::CaseInsensitive))
            continue;
        auto *item = new QTreeWidgetItem(m_serverView, {name, SourceServerModel::roleText(m_draft->organization(), name),
                                                    SourceServerModel::siteText(m_draft->organization(), name)});
        item->setData(0, Qt::UserRole, name);
    }
    m_serverView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column readable at the dialog's first size, without scrolling sideways.
    int columnsWidth = 0;
    for (int column = 0; column < m_serverView->columnCount(); ++column) {
        m_serverView->resizeColumnToContents(column);
        columnsWidth += qMax(m_serverView->columnWidth(column), m_serverView->header()->sectionSizeHint(column));
    }
    m_serverView->setMinimumWidth(columnsWidth + 2 * m_serverView->frameWidth()
                                  + m_serverView->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    if (m_serverView->topLevelItemCount() > 0)
        m_serverView->setCurrentItem(m_serverView->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);

    auto *viewLabel = new QLabel(tr("Select the &servers that send this connector's mail: Hub Transport servers or "
                                    "Edge Subscriptions, not both."),
                                 this);
    viewLabel->setWordWrap(true);
    viewLabel->setBuddy(m_serverView);

    m_problemLabel = ProblemLabel::create(QStringLiteral("sourceServerProblemLabel"), this);
    ProblemLabel::setFields(m_problemLabel, {m_serverView});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // Grow with the explanations that change as the user types, instead of overlapping them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(viewLabel);
    layout->addWidget(m_serverView, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_serverView, &QTreeWidget::itemSelectionChanged, this, &SourceServerDialog::validate);
    connect(m_serverView, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    validate();
}

QStringList SourceServerDialog::selectedServers() const
{
    QStringList names;
    for (int i = 0; i < m_serverView->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_serverView->topLevelItem(i);
        if (item->isSelected())
            names.append(item->data(0, Qt::UserRole).toString());
    }
    return names;
}

void SourceServerDialog::validate()
{
    const QStringList selected = selectedServers();
    const QStringList listed = m_draft->connector().sourceTransportServers;

    // Whether the list would mix is the validator's rule; the dialog only words the case.
    SendConnector proposed = m_draft->connector();
    proposed.sourceTransportServers = listed + selected;
    const bool mixed = containsCode(ConnectorValidator::validate(proposed, m_draft->context()),
                                    QStringLiteral("Connector.MixedSourceServers"));

    Problems problems;
    if (mixed && !selected.isEmpty()) {
        const auto edges = std::count_if(selected.cbegin(), selected.cend(),
                                         [this](const QString &name) { return isEdge(*m_draft, name); });
        QString message;
        if (edges > 0 && edges < selected.size()) {
            message = tr("The selection mixes Hub Transport servers and Edge Subscriptions. Select only Hub Transport "
                         "servers or only Edge Subscriptions.");
        } else if (edges > 0) {
            message = tr("The list already holds Hub Transport servers (%1), so Edge Subscriptions cannot be added. "
                         "Select Hub Transport servers, or remove the listed servers first.")
                          .arg(listed.join(QLatin1String(", ")));
        } else {
            message = tr("The list already holds Edge Subscriptions (%1), so Hub Transport servers cannot be added. "
                         "Select Edge Subscriptions, or remove the listed servers first.")
                          .arg(listed.join(QLatin1String(", ")));
        }
        problems.append(Problem::error(QStringLiteral("Connector.MixedSourceServers"),
                                       Parameter::name(ConnectorParameter::SourceTransportServers), message));
    }
    ProblemLabel::show(m_problemLabel, problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selected.isEmpty() && !mixed);
}
