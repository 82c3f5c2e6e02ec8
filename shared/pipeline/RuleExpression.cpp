#include "RuleExpression.h"

#include <QList>
#include <QRegularExpression>

namespace adp::pipeline {

namespace {

enum class TokenKind { Variable, String, Regex, Null, Equal, NotEqual, Matches, NotMatches, And, Or, Open, Close, End };

struct Token
{
    TokenKind kind;
    QString text;     // a variable's name, a string's value, a regex's pattern
    QString flags;    // a regex's flags
    int position = 0; // 0-based
};

struct SyntaxError
{
    QString message;
    int position;
};

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    int i = 0;
    const int size = int(text.size());
    const auto isNameChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        const QStringView rest = QStringView(text).mid(i);
        if (c == u'$') {
            ++i;
            const bool braced = i < size && text.at(i) == u'{';
            if (braced)
                ++i;
            const int nameStart = i;
            while (i < size && isNameChar(text.at(i)))
                ++i;
            if (i == nameStart)
                throw SyntaxError{QStringLiteral("'$' must be followed by a variable name"), start};
            const QString name = text.mid(nameStart, i - nameStart);
            if (braced) {
                if (i >= size || text.at(i) != u'}')
                    throw SyntaxError{QStringLiteral("'${' is not closed with '}'"), start};
                ++i;
            }
            tokens.append({TokenKind::Variable, name, {}, start});
        } else if (c == u'"' || c == u'\'') {
            const int close = int(text.indexOf(c, i + 1));
            if (close < 0)
                throw SyntaxError{QStringLiteral("the string is not closed"), start};
            tokens.append({TokenKind::String, text.mid(i + 1, close - i - 1), {}, start});
            i = close + 1;
        } else if (c == u'/') {
            int j = i + 1;
            QString pattern;
            while (j < size && text.at(j) != u'/') {
                if (text.at(j) == u'\\' && j + 1 < size) {
                    if (text.at(j + 1) != u'/')
                        pattern += text.at(j);
                    ++j;
                }
                pattern += text.at(j);
                ++j;
            }
            if (j >= size)
                throw SyntaxError{QStringLiteral("the regular expression is not closed with '/'"), start};
            ++j;
            QString flags;
            while (j < size && text.at(j).isLetter())
                flags += text.at(j++);
            for (const QChar flag : std::as_const(flags)) {
                if (flag != u'i' && flag != u'm' && flag != u's')
                    throw SyntaxError{QStringLiteral("unknown regular expression flag '%1'").arg(flag), start};
            }
            tokens.append({TokenKind::Regex, pattern, flags, start});
            i = j;
        } else if (rest.startsWith(u"==")) {
            tokens.append({TokenKind::Equal, {}, {}, start});
            i += 2;
        } else if (rest.startsWith(u"!=")) {
            tokens.append({TokenKind::NotEqual, {}, {}, start});
            i += 2;
        } else if (rest.startsWith(u"=~")) {
            tokens.append({TokenKind::Matches, {}, {}, start});
            i += 2;
        } else if (rest.startsWith(u"!~")) {
            tokens.append({TokenKind::NotMatches, {}, {}, start});
            i += 2;
        } else if (rest.startsWith(u"&&")) {
            tokens.append({TokenKind::And, {}, {}, start});
            i += 2;
        } else if (rest.startsWith(u"||")) {
            tokens.append({TokenKind::Or, {}, {}, start});
            i += 2;
        } else if (c == u'(') {
            tokens.append({TokenKind::Open, {}, {}, start});
            ++i;
        } else if (c == u')') {
            tokens.append({TokenKind::Close, {}, {}, start});
            ++i;
        } else if (rest.startsWith(u"null") && (i + 4 >= size || !isNameChar(text.at(i + 4)))) {
            tokens.append({TokenKind::Null, {}, {}, start});
            i += 4;
        } else {
            throw SyntaxError{
                QStringLiteral("unexpected '%1'; values are $VARIABLES, \"strings\", /regexes/ or null").arg(c), start};
        }
    }
    tokens.append({TokenKind::End, {}, {}, size});
    return tokens;
}

} // namespace

struct RuleExpression::Node
{
    enum class Kind { Variable, String, Regex, Null, Equal, NotEqual, Matches, NotMatches, And, Or };
    Kind kind;
    QString text;
    QRegularExpression regex;
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
};

namespace {

using NodePtr = std::shared_ptr<const RuleExpression::Node>;
using Kind = RuleExpression::Node::Kind;

QRegularExpression compile(const QString &pattern, const QString &flags, int position)
{
    QRegularExpression::PatternOptions options;
    if (flags.contains(u'i'))
        options |= QRegularExpression::CaseInsensitiveOption;
    if (flags.contains(u'm'))
        options |= QRegularExpression::MultilineOption;
    if (flags.contains(u's'))
        options |= QRegularExpression::DotMatchesEverythingOption;
    QRegularExpression regex(pattern, options);
    if (!regex.isValid())
        throw SyntaxError{QStringLiteral("invalid regular expression: %1").arg(regex.errorString()), position};
    return regex;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    NodePtr parseAll()
    {
        NodePtr root = parseOr();
        if (peek().kind != TokenKind::End)
            throw SyntaxError{QStringLiteral("unexpected text after the expression"), peek().position};
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(m_next); }
    const Token &take() { return m_tokens.at(m_next++); }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (peek().kind == TokenKind::Or) {
            take();
            left = std::make_shared<RuleExpression::Node>(RuleExpression::Node{Kind::Or, {}, {}, left, parseAnd()});
        }
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parsePrimary();
        while (peek().kind == TokenKind::And) {
            take();
            left =
                std::make_shared<RuleExpression::Node>(RuleExpression::Node{Kind::And, {}, {}, left, parsePrimary()});
        }
        return left;
    }

    NodePtr parsePrimary()
    {
        if (peek().kind == TokenKind::Open) {
            const int position = take().position;
            NodePtr inner = parseOr();
            if (peek().kind != TokenKind::Close)
                throw SyntaxError{QStringLiteral("'(' is not closed"), position};
            take();
            return inner;
        }
        NodePtr left = parseValue();
        Kind comparison;
        switch (peek().kind) {
        case TokenKind::Equal:
            comparison = Kind::Equal;
            break;
        case TokenKind::NotEqual:
            comparison = Kind::NotEqual;
            break;
        case TokenKind::Matches:
            comparison = Kind::Matches;
            break;
        case TokenKind::NotMatches:
            comparison = Kind::NotMatches;
            break;
        default:
            if (left->kind != Kind::Variable)
                throw SyntaxError{QStringLiteral("a value alone must be a $VARIABLE"), peek().position};
            return left;
        }
        const Token &op = take();
        NodePtr right = parseValue();
        const bool matching = comparison == Kind::Matches || comparison == Kind::NotMatches;
        if (matching && right->kind != Kind::Regex && right->kind != Kind::Variable)
            throw SyntaxError{QStringLiteral("=~ and !~ need a /regex/ (or a variable holding one) on the right"),
                              op.position};
        if (!matching && (right->kind == Kind::Regex || left->kind == Kind::Regex))
            throw SyntaxError{QStringLiteral("a /regex/ is compared with =~ or !~"), op.position};
        return std::make_shared<RuleExpression::Node>(RuleExpression::Node{comparison, {}, {}, left, right});
    }

    NodePtr parseValue()
    {
        const Token &token = take();
        switch (token.kind) {
        case TokenKind::Variable:
            return std::make_shared<RuleExpression::Node>(RuleExpression::Node{Kind::Variable, token.text, {}, {}, {}});
        case TokenKind::String:
            return std::make_shared<RuleExpression::Node>(RuleExpression::Node{Kind::String, token.text, {}, {}, {}});
        case TokenKind::Null:
            return std::make_shared<RuleExpression::Node>(RuleExpression::Node{Kind::Null, {}, {}, {}, {}});
        case TokenKind::Regex:
            return std::make_shared<RuleExpression::Node>(RuleExpression::Node{
                Kind::Regex, token.text, compile(token.text, token.flags, token.position), {}, {}});
        case TokenKind::End:
            throw SyntaxError{QStringLiteral("the expression ends where a value is expected"), token.position};
        default:
            throw SyntaxError{QStringLiteral("a value is expected here"), token.position};
        }
    }

    QList<Token> m_tokens;
    qsizetype m_next = 0;
};

// A value: nullopt is null (an unset variable).
std::optional<QString> valueOf(const RuleExpression::Node &node, const RuleExpression::Variables &variables)
{
    if (node.kind == Kind::Variable) {
        const auto found = variables.constFind(node.text);
        return found == variables.constEnd() ? std::nullopt : std::optional<QString>(*found);
    }
    if (node.kind == Kind::String)
        return node.text;
    return std::nullopt;
}

// The right side of =~: a regex literal, or a variable whose value is "/pattern/flags".
std::optional<QRegularExpression> regexOf(const RuleExpression::Node &node, const RuleExpression::Variables &variables)
{
    if (node.kind == Kind::Regex)
        return node.regex;
    const auto value = valueOf(node, variables);
    if (!value || !value->startsWith(u'/'))
        return std::nullopt;
    const qsizetype close = value->lastIndexOf(u'/');
    if (close <= 0)
        return std::nullopt;
    try {
        return compile(value->mid(1, close - 1), value->mid(close + 1), 0);
    } catch (const SyntaxError &) {
        return std::nullopt;
    }
}

bool evaluateNode(const RuleExpression::Node &node, const RuleExpression::Variables &variables)
{
    switch (node.kind) {
    case Kind::Or:
        return evaluateNode(*node.left, variables) || evaluateNode(*node.right, variables);
    case Kind::And:
        return evaluateNode(*node.left, variables) && evaluateNode(*node.right, variables);
    case Kind::Variable: {
        const auto value = valueOf(node, variables);
        return value && !value->isEmpty();
    }
    case Kind::Equal:
    case Kind::NotEqual: {
        const bool equal = valueOf(*node.left, variables) == valueOf(*node.right, variables);
        return node.kind == Kind::Equal ? equal : !equal;
    }
    case Kind::Matches:
    case Kind::NotMatches: {
        const auto value = valueOf(*node.left, variables);
        const auto regex = regexOf(*node.right, variables);
        const bool matched = value && regex && regex->match(*value).hasMatch();
        return node.kind == Kind::Matches ? matched : !matched;
    }
    default:
        return false;
    }
}

} // namespace

std::optional<RuleExpression> RuleExpression::parse(const QString &text, QString *error, int *position)
{
    try {
        RuleExpression expression;
        expression.m_text = text;
        expression.m_root = Parser(tokenize(text)).parseAll();
        return expression;
    } catch (const SyntaxError &syntax) {
        if (error)
            *error = syntax.message;
        if (position)
            *position = syntax.position + 1;
        return std::nullopt;
    }
}

bool RuleExpression::evaluate(const Variables &variables) const
{
    return m_root && evaluateNode(*m_root, variables);
}

} // namespace adp::pipeline
