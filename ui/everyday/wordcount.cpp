#include "ui/everyday/wordcount.h"

#include <QList>
#include <QString>

namespace kj::ui {

namespace {
bool isCjkWord(uint c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        // The iteration mark 々 and the prolonged sound mark ー are Common, yet part of the word they follow.
        return false;
    }
}
} // namespace

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    bool wordHasContent = false;
    const auto endWord = [&] {
        if (inWord && wordHasContent)
            ++words;
        inWord = false;
        wordHasContent = false;
    };
    for (const uint c : text.toUcs4()) {
        if (isCjkWord(c)) {
            endWord();
            ++words;
        } else if (QChar::isSpace(c) || c == QChar::ObjectReplacementCharacter) {
            endWord();
        } else {
            inWord = true;
            wordHasContent = wordHasContent || QChar::isLetterOrNumber(c);
        }
    }
    endWord();
    return words;
}

} // namespace kj::ui
