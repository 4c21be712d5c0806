#include "models/languagewatch.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace kj::models {

LanguageWatch::LanguageWatch(QAbstractItemModel *model)
    : QObject(model)
    , m_model(model)
{
    // QCoreApplication::installTranslator() and removeTranslator() send LanguageChange to the application
    // object (widgets get their own copy later); a model has no changeEvent(), so it listens there.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool LanguageWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        announce();
    return QObject::eventFilter(watched, event);
}

void LanguageWatch::announce()
{
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    if (rows > 0 && columns > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, 0), m_model->index(rows - 1, columns - 1));
    if (columns > 0)
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
}

} // namespace kj::models
