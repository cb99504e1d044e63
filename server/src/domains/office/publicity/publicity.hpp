#pragma once
// Publicity (新闻宣传): articles staff and members publish in the media at each level, the reward each earns
// from the committee's own table of amounts by level, and yearly totals per person, body and level. An
// article's text pasted from a web page is cleaned on import (simplified characters, no inline pinyin, the
// page's stray lines flagged), and what the page says about it fills the fields left empty.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::office::publicity {

extern const std::vector<std::string> kLevels;  // central provincial city county
const FieldLabels& labels();

// ---- the reward table ----
// Every level with its amount in yuan (0 where none is set).
nlohmann::json reward_rules(storage::Db& db, const auth::Principal& me);
// Sets the amounts given (level → yuan); other levels keep theirs. Articles already recorded keep the reward
// they earned.
nlohmann::json set_reward_rules(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                Lang lang, const std::map<std::string, int64_t>& amounts);

// ---- articles ----
struct ArticleFields {
    std::string title, outlet, level, published_on, link;
    std::string author_kind = "staff";  // staff | member
    int64_t author_id = 0;
    std::string text;    // stored as given
    std::string pasted;  // or: text pasted from a web page, cleaned before it is stored
};
struct ArticleQuery {
    std::optional<int> year;
    std::string level;
    std::string author_kind;
    std::optional<int64_t> author_id;
    std::optional<int64_t> body_id;
    std::string q;  // title or outlet
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_articles(storage::Db& db, const auth::Principal& me, const ArticleQuery& q);
nlohmann::json get_article(storage::Db& db, const auth::Principal& me, int64_t id);
nlohmann::json create_article(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const ArticleFields& f);
nlohmann::json update_article(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t id, int64_t version, const ArticleFields& f);
// version: the one the client saw, when it says (409 if stale).
void delete_article(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id,
                    std::optional<int64_t> version);

// The cleaning of pasted text on its own, for a preview: {text, title, published_on, outlet, authors,
// flagged:[{line, text, reason}], pinyin_removed, marks_removed, converted}.
nlohmann::json clean_pasted(const std::string& pasted);

// A year's articles and rewards in total, by level, by person and by body.
nlohmann::json publicity_totals(storage::Db& db, const auth::Principal& me, int year);
// The same per person as an .xlsx sheet.
std::string export_totals(storage::Db& db, const auth::Principal& me, int year);

// ---- shared by the use cases (article_record.cpp) ----
nlohmann::json article_json(storage::Tx& tx, int64_t committee_id,
                            int64_t id);  // 404 if not this committee's
// Checks the fields; fills title, date and outlet from pasted text where they were left empty; resolves the
// author (name and body); returns the row's values for INSERT/UPDATE.
storage::Params article_params(storage::Tx& tx, int64_t committee_id, Lang lang, const ArticleFields& f);
// The committee's amount for a level (0 when none is set).
int64_t reward_for(storage::Tx& tx, int64_t committee_id, const std::string& level);

}  // namespace zhixie::office::publicity
