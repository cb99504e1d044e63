#include "core/error.hpp"
#include "domains/office/common.hpp"
#include "domains/office/publicity/publicity.hpp"

namespace zhixie::office::publicity {

const std::vector<std::string> kLevels = {"central", "provincial", "city", "county"};

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"title", {"标题", "Title"}},
        {"outlet", {"刊发媒体", "Outlet"}},
        {"level", {"媒体级别", "Level"}},
        {"published_on", {"刊发日期", "Published on"}},
        {"link", {"链接", "Link"}},
        {"author_kind", {"作者类别", "Author type"}},
        {"author_id", {"作者", "Author"}},
        {"text", {"正文", "Text"}},
        {"amounts", {"奖励标准", "Reward amounts"}},
    };
    return l;
}

int64_t reward_for(storage::Tx& tx, int64_t committee_id, const std::string& level) {
    auto r = tx.one("SELECT amount FROM office_reward_rules WHERE committee_id = :c AND level = :l",
                    {{"c", committee_id}, {"l", level}});
    return r ? r->i("amount") : 0;
}

nlohmann::json article_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT a.id, a.title, a.outlet, a.level, a.published_on, a.link, a.author_kind, a.author_id, "
        "a.author_name, "
        "a.body_id, b.name AS body_name, a.reward, a.text, a.flags, a.version, a.created_at, a.updated_at "
        "FROM "
        "office_articles a LEFT JOIN bodies b ON b.id = a.body_id WHERE a.id = :id AND a.committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto out = r->json();
    out["flags"] = nlohmann::json::parse(r->s("flags"), nullptr, false);
    return out;
}

storage::Params article_params(storage::Tx& tx, int64_t committee_id, Lang lang, const ArticleFields& given) {
    ArticleFields f = given;
    storage::Value flags;  // NULL: the lines flagged when the text was pasted stay as they were
    if (!f.pasted.empty()) {
        auto cleaned = clean_pasted(f.pasted);
        f.text = cleaned["text"].get<std::string>();
        for (auto [field, value] :
             {std::pair{"title", &f.title}, {"published_on", &f.published_on}, {"outlet", &f.outlet}})
            if (value->empty()) *value = cleaned[field].get<std::string>();
        flags = cleaned["flagged"].dump();
    }
    FieldErrors e;
    check::required(e, "title", f.title, 200);
    check::required(e, "outlet", f.outlet, 100);
    check::one_of(e, "level", f.level, kLevels);
    check::date(e, "published_on", f.published_on, true);
    if (max_chars(e, "link", f.link, 500) && !f.link.empty() && f.link.rfind("http://", 0) != 0 &&
        f.link.rfind("https://", 0) != 0)
        e.add("link", "field_invalid_url", {{"value", f.link}});
    max_chars(e, "text", f.text, 50000);
    std::string author_name;
    storage::Value body;
    if (check::one_of(e, "author_kind", f.author_kind, {"staff", "member"})) {
        if (f.author_kind == "staff") {
            auto s = find_staff(tx, committee_id, f.author_id);
            if (s) {
                author_name = s->s("name");
                body = nullable(s->opt_i("body_id"));
            }
        } else if (auto m = tx.one("SELECT name FROM members WHERE id = :id AND committee_id = :c",
                                   {{"id", f.author_id}, {"c", committee_id}})) {
            author_name = m->s("name");
        }
        if (author_name.empty()) e.add("author_id", "field_unknown_ref", {{"value", f.author_id}});
    }
    e.throw_if_any(lang, labels());
    return {{"title", f.title},
            {"outlet", f.outlet},
            {"level", f.level},
            {"published_on", f.published_on},
            {"link", f.link},
            {"author_kind", f.author_kind},
            {"author_id", f.author_id},
            {"author_name", author_name},
            {"body_id", body},
            {"text", f.text},
            {"flags", flags}};
}

}  // namespace zhixie::office::publicity
