#include "SourceServerForm.h"

#include "ConnectorDraft.h"
#include "ListEditor.h"
#include "ProblemLabel.h"
#include "SourceServerDialog.h"
#include "SourceServerModel.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const QString &severalSitesCode()
{
    static const QString code = QStringLiteral("Connector.SourceServersInSeveralSites");
    return code;
}

} // namespace

SourceServerForm::SourceServerForm(ConnectorDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
{

    m_model = new SourceServerModel(this);
    m_list = new ListEditor(m_model, ListEditor::Selection::Extended, /*editable=*/false, nullptr, this);
    QTreeView *view = m_list->view();
    view->setObjectName(QStringLiteral("sourceServerView"));
    view->setAccessibleName(tr("Source servers"));
    view->setToolTip(tr("Delete removes the selected servers."));
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->addButton()->setObjectName(QStringLiteral("addSourceServerButton"));
    m_list->addButton()->setToolTip(tr("Add Hub Transport servers or Edge Subscriptions"));
    m_list->removeButton()->setObjectName(QStringLiteral("removeSourceServerButton"));
    m_list->removeButton()->setAccessibleDescription(tr("Removes the selected source servers"));
    m_list->removeButton()->setToolTip(tr("Remove the selected source servers (Alt+M, or Delete in the list)"));

    auto *viewLabel = new QLabel(tr("&Source servers:"), this);
    viewLabel->setBuddy(view);

    m_warningLabel = ProblemLabel::create(QStringLiteral("sourceServerWarningLabel"), this);
    m_problemsLabel = ProblemLabel::create(QStringLiteral("sourceServerProblemsLabel"), this);
    ProblemLabel::setFields(m_warningLabel, {view});
    ProblemLabel::setFields(m_problemsLabel, {view});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(viewLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_problemsLabel);

    connect(m_list, &ListEditor::addRequested, this, &SourceServerForm::addServers);
    connect(m_list, &ListEditor::removeRequested, this, &SourceServerForm::removeServers);
    connect(m_draft, &ConnectorDraft::changed, this, &SourceServerForm::refresh);

    refresh();
}

void SourceServerForm::initialize()
{
    refresh();
}

void SourceServerForm::refresh()
{
    if (m_model->servers() != m_draft->connector().sourceTransportServers)
        m_model->setServers(m_draft->connector().sourceTransportServers, m_draft->organization());

    // The several-sites warning has its own place under the list; everything else below it.
    Problems warning;
    Problems others;
    for (const Problem &problem : m_draft->problems(ConnectorDraft::Section::SourceServer))
        (problem.code == severalSitesCode() ? warning : others).append(problem);
    ProblemLabel::show(m_warningLabel, warning);
    ProblemLabel::show(m_problemsLabel, others);
}

void SourceServerForm::addServers()
{
    auto *dialog = new SourceServerDialog(m_draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList listed = m_model->servers();
        const QStringList added = dialog->selectedServers();
        m_draft->setSourceTransportServers(listed + added); // the model follows the draft (refresh())
        // Select what was added, so that a mistake is one Delete away.
        QList<int> rows;
        for (int row = int(listed.size()); row < m_model->rowCount(); ++row)
            rows.append(row);
        m_list->selectRows(rows);
    });
    connect(dialog, &QDialog::finished, m_list->view(), [this] { m_list->view()->setFocus(Qt::OtherFocusReason); });
    // Window-modal and asynchronous, so that the wizard (and a test) keeps its event loop.
    dialog->open();
}

void SourceServerForm::removeServers(const QList<int> &rows)
{
    QStringList servers = m_model->servers();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        servers.removeAt(*it);
    m_draft->setSourceTransportServers(servers);
    m_list->setCurrentRow(rows.first());
}
