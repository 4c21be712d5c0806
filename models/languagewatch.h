#pragma once

#include <QObject>

class QAbstractItemModel;

namespace kj::models {

//! Keeps a model's translated texts current: on each change of the application's language (a new translator
//! installed or removed) it tells the views that every row and header changed, so they ask data() and
//! headerData() again and show the words of the new language. Lives as a child of the model it watches.
class LanguageWatch : public QObject
{
    Q_OBJECT

public:
    //! Watches for `model`, which becomes the watch's parent.
    explicit LanguageWatch(QAbstractItemModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announce();

    QAbstractItemModel *m_model;
};

} // namespace kj::models
