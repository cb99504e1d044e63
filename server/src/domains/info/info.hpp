#pragma once
// Social-conditions information (社情民意信息): a member submits a short report on one issue (the committee
// sets the length limit, counted in characters); staff edit it (the member's original is kept), merge
// several into one (every submitter keeps the credit), select it (选题分析), and record each adoption — into
// the committee's own 信息专报 or by the city, province or national CPPCC — and each leader's instruction
// (批示). Every submitter gets a duty record for the submission and one for each adoption and instruction,
// scored by the committee's table of points per level.
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

namespace zhixie::info {

inline constexpr int64_t kDefaultMaxChars = 1500;
// Adoption levels (committee = the committee's own 信息专报) and the instruction bonus, in table order.
extern const std::vector<std::string> kAdoptionLevels;  // committee city province national
extern const std::vector<std::string> kScoreLevels;     // the adoption levels and "instruction"
extern const std::vector<std::string> kLeaderLevels;    // local city province national
const FieldLabels& labels();

// ---- scoring and length: pure rules ----
using ScoreTable = std::map<std::string, int64_t>;  // level → points
// The defaults a committee starts with: committee 5, city 8, province 12, national 20, instruction 10.
const ScoreTable& default_scores();
// Points for a level from the table (the default when the table has no row for it).
int64_t points_for(const ScoreTable& table, const std::string& level);
// Adds field_too_long when the text has more than max characters (Unicode code points, not bytes).
void check_length(FieldErrors& e, const std::string& field, const std::string& text, int64_t max_chars);

// ---- settings: the length limit and the scoring table ----
nlohmann::json get_settings(storage::Db& db, const auth::Principal& me);
struct Settings {
    int64_t max_chars = kDefaultMaxChars;
    ScoreTable scores;  // the levels given; others keep theirs
    int64_t version = 0;
};
nlohmann::json set_settings(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const Settings& s);

// ---- items ----
struct Draft {
    std::string title, text;
    std::optional<int64_t> member_id;  // staff entering a member's report received on paper
};
// The caller (a member of the current term), or staff for the member named, submits one report; the member
// is credited with an info_submitted record.
nlohmann::json submit_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const Draft& d);

struct ItemQuery {
    std::optional<int> year;
    std::string state;
    std::optional<int64_t> member_id;
    std::string level;  // adopted at this level
    bool mine = false;  // only the caller's own (as a submitter)
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_items(storage::Db& db, const auth::Principal& me, const ItemQuery& q);
// With original and edited text, submitters, adoptions, instructions and score. mine: 404 unless the caller
// is one of its submitters.
nlohmann::json get_item(storage::Db& db, const auth::Principal& me, int64_t id, bool mine);

// Staff edit the title and text; the original stays as submitted.
nlohmann::json edit_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                         int64_t id, int64_t version, const Draft& d);
// Merges the others into the first item: it takes the given title and text (or keeps its own) and every
// submitter of the others; the others become "merged". Adopted items cannot be merged away.
nlohmann::json merge_items(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const std::vector<int64_t>& ids, const Draft& d);
// 选题分析: marks the item selected with the staff's analysis.
nlohmann::json select_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t id, int64_t version, const std::string& analysis);

struct Adoption {
    std::string level, outlet, adopted_on, note;
    std::optional<int64_t> version;
};
// Records an adoption at a level (once per level); every submitter is credited with its points.
nlohmann::json adopt_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                          int64_t id, const Adoption& a);
struct Instruction {
    std::string leader, level, text, instructed_on;
    std::optional<int64_t> version;
};
// Records a leader's instruction on an adopted item; every submitter is credited with the bonus.
nlohmann::json record_instruction(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, int64_t id, const Instruction& i);

// A year's counts: submitted, merged, selected, adopted by level (by the adoption's date), instructions.
nlohmann::json info_stats(storage::Db& db, const auth::Principal& me, int year);

// ---- shared by the use cases (info_record.cpp) ----
ScoreTable score_table(storage::Tx& tx, int64_t committee_id);
int64_t max_chars_of(storage::Tx& tx, int64_t committee_id);
// A date that is given, valid and not after today (China time).
void check_not_future(FieldErrors& e, const std::string& field, const std::string& v);
// The caller's member record in the current term, or nothing.
std::optional<int64_t> member_of(storage::Tx& tx, const auth::Principal& me);
struct Item {
    int64_t id = 0;
    int year = 0;
    std::string state, title;
    int64_t version = 0;
};
Item load_item(storage::Tx& tx, int64_t committee_id, int64_t id);  // 404 if not this committee's
void expect_version(const Item& it, std::optional<int64_t> sent);   // 409 stale_version
// The item's submitters' member ids.
std::vector<int64_t> submitters(storage::Tx& tx, int64_t committee_id, int64_t item_id);
// Bumps the version, sets state (when given) and updated_at.
void touch(storage::Tx& tx, int64_t id, const std::string& state = "");
nlohmann::json item_json(storage::Tx& tx, int64_t committee_id, int64_t id);

}  // namespace zhixie::info
