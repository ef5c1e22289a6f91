#include "ConnectivityView.h"

#include "ConnectivityResultModel.h"
#include "Icons.h"
#include "ProblemLook.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

using Outcome = ConnectivityResultModel::Outcome;

// The icon of an outcome; null for none.
QIcon outcomeIcon(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None: return QIcon();
    case Outcome::Running: return Icons::get(Icons::Purpose::StepCurrent);
    case Outcome::Succeeded: return Icons::get(Icons::Purpose::StepDone);
    case Outcome::Warning:
    case Outcome::Cancelled: return Icons::get(Icons::Purpose::ProblemWarning);
    case Outcome::Failed: return Icons::get(Icons::Purpose::ProblemError);
    }
    return QIcon();
}

// The Result column shows its outcome's icon beside the text, which says the same in words.
class OutcomeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != int(ConnectivityResultModel::Column::Result))
            return;
        const QIcon icon = outcomeIcon(index.data(ConnectivityResultModel::OutcomeRole).value<Outcome>());
        if (icon.isNull())
            return;
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int size = option->widget ? option->widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget)
                                        : 16;
        option->decorationSize = QSize(size, size);
    }
};

} // namespace

ConnectivityView::ConnectivityView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectivityResultModel(this))
    , m_hosts(new QTreeView(this))
    , m_verdictIcon(new QLabel(this))
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("connectivityView"));
    m_hosts->setObjectName(QStringLiteral("connectivityHosts"));
    m_hosts->setAccessibleName(tr("Connectivity test results"));
    m_hosts->setAccessibleDescription(tr("Each next hop with its result; expand a host to see its steps and the "
                                         "server's replies"));
    m_hosts->setModel(m_model);
    m_hosts->setItemDelegate(new OutcomeDelegate(m_hosts));
    // Replies run over several lines (EHLO): rows take the height they need.
    m_hosts->setUniformRowHeights(false);
    m_hosts->setAllColumnsShowFocus(true);
    m_hosts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hosts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hosts->setTextElideMode(Qt::ElideRight);
    m_hosts->header()->setStretchLastSection(true);
    for (int column = 0; column < ConnectivityResultModel::ColumnCount - 1; ++column)
        m_hosts->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_hosts->setMinimumHeight(m_hosts->fontMetrics().lineSpacing() * 6);

    m_verdictIcon->setObjectName(QStringLiteral("connectivityVerdictIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_verdictIcon->setFixedSize(iconSize, iconSize);
    m_verdict->setObjectName(QStringLiteral("connectivityVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(verdictRow);
    layout->addWidget(m_hosts, 1);

    connect(m_model, &ConnectivityResultModel::statusChanged, this, &ConnectivityView::updateVerdict);
    connect(m_model, &ConnectivityResultModel::finished, this, [this] {
        // What went wrong is visible without a click: hosts that failed or warned show their steps.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex host = m_model->index(row, 0);
            const auto outcome = host.data(ConnectivityResultModel::OutcomeRole).value<Outcome>();
            if (outcome == Outcome::Failed || outcome == Outcome::Warning)
                m_hosts->expand(host);
        }
        // The verdict is news: announce it, as problem labels announce theirs.
        QAccessibleEvent alert(m_verdict, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_hosts->resizeColumnToContents(0);
    });
    updateVerdict();
}

void ConnectivityView::follow(ConnectivityTest *test)
{
    m_untestable.clear();
    m_model->follow(test);
    m_hosts->setVisible(test != nullptr);
    updateVerdict();
}

void ConnectivityView::clear()
{
    m_untestable.clear();
    m_model->clear();
    updateVerdict();
}

void ConnectivityView::showUntestable(const QString &reason)
{
    m_model->clear();
    m_untestable = reason;
    m_hosts->hide();
    updateVerdict();
    QAccessibleEvent alert(m_verdict, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ConnectivityView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A dark palette (or another style) later: the verdict's colour and icon follow it.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateVerdict();
}

QString ConnectivityView::verdictText() const
{
    return m_verdict->text();
}

void ConnectivityView::updateVerdict()
{
    const bool untestable = !m_untestable.isEmpty();
    const Outcome outcome = untestable ? Outcome::Warning : m_model->verdictOutcome();
    const QString text = untestable ? m_untestable : m_model->statusText();
    m_verdict->setText(text);
    m_verdict->setVisible(!text.isEmpty());
    m_verdictIcon->setVisible(!text.isEmpty());

    QPalette palette = this->palette();
    if (outcome == Outcome::Failed)
        palette.setColor(QPalette::WindowText, ProblemLook::textColor(palette, ProblemLook::Severity::Error));
    else if (outcome == Outcome::Warning || outcome == Outcome::Cancelled)
        palette.setColor(QPalette::WindowText, ProblemLook::textColor(palette, ProblemLook::Severity::Warning));
    m_verdict->setPalette(palette);

    const QIcon icon = outcomeIcon(outcome);
    m_verdictIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(m_verdictIcon->size(), devicePixelRatioF()));
    // The icon speaks for itself to assistive technology: the outcome in words.
    const QString outcomeName = untestable ? tr("Nothing to test") : ConnectivityResultModel::outcomeText(outcome, false);
    m_verdictIcon->setAccessibleName(outcomeName);
    m_verdict->setAccessibleName(outcomeName.isEmpty() ? tr("Connectivity verdict")
                                                       : tr("Connectivity verdict: %1").arg(outcomeName));
    m_verdict->setAccessibleDescription(text);
}
