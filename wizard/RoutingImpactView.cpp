#include "RoutingImpactView.h"

#include "ConnectorDraft.h"

#include <QLabel>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Long enough to let typing settle, short enough to feel immediate.
constexpr int RecomputeDelayMs = 150;

} // namespace

RoutingImpactView::RoutingImpactView(ConnectorDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_view(new QTextBrowser(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("routingImpact"));
    auto *label = new QLabel(tr("Routing &impact:"), this);
    label->setObjectName(QStringLiteral("routingImpactLabel"));
    m_view->setObjectName(QStringLiteral("routingImpactView"));
    m_view->setAccessibleName(tr("Routing impact"));
    m_view->setAccessibleDescription(tr("What this connector changes in which connector carries mail for which "
                                        "domains"));
    m_view->setOpenLinks(false);
    // Tab moves on instead of being swallowed by the text; the text stays selectable by keyboard.
    m_view->setTabChangesFocus(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 4);
    label->setBuddy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(RecomputeDelayMs);
    // Hidden (a later wizard page, a closed sheet): computed when shown, not on every change.
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    connect(m_draft, &ConnectorDraft::changed, m_timer, qOverload<>(&QTimer::start));
}

void RoutingImpactView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void RoutingImpactView::refresh()
{
    m_timer->stop();
    m_stale = false;
    const QStringList sentences = m_draft->routingImpact();
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &sentence : sentences)
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_view->setHtml(html);
}

QString RoutingImpactView::text() const
{
    return m_view->toPlainText();
}
