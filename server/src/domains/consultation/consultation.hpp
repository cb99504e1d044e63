#pragma once
// Consultation (协商) and democratic supervision (民主监督).
//   Topics (课题产生): each topic is a case of the committee's "consultation_topic" workflow — 委员征题
//   (members propose) → 部门荐题 (departments recommend) → 领导点题 (leaders pick) → 政协选题 (staff select,
//   giving the form, month and lead body) → 市委定题 (the Party committee decides); the engine lets each step
//   be taken only by those holding its permission. The year's decided topics are the annual consultation
//   plan. Activities by form, with participants (members, departments, invited leaders), speeches and output
//   reports (建言要报…); supervision items by mode, with the team, departments supervised, visits, letters
//   (民主监督建议书) and follow-ups. Members taking part are credited with duty records.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::consultation {

inline constexpr const char* kTopicWorkflow = "consultation_topic";
// plenary 全体会议, standing 议政性常委会议, counterpart 对口协商, sector 界别协商, proposal 提案办理协商,
// grassroots 基层一线协商
extern const std::vector<std::string> kForms;
// stationed 派驻监督, special 专项监督, joint 融合监督, follow_up 跟踪监督
extern const std::vector<std::string> kModes;
const std::string& form_name(const std::string& form);  // the Chinese name
const FieldLabels& labels();

// ---- topics ----
struct NewTopic {
    std::string title, description;
    std::optional<int64_t> year;  // the plan's year (default: this year)
};
// A member proposes (征题); a department user's topic is recommended (荐题) at once.
nlohmann::json propose_topic(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const NewTopic& t);
struct TopicStep {
    std::string transition;  // recommend pick select decide set_aside
    std::string note;
    std::optional<int64_t> version;  // of the case, as the client saw it
    // with select: the plan's entry
    std::string form, planned_month;
    std::optional<int64_t> lead_body_id;
};
nlohmann::json take_topic_step(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, const TopicStep& s);
nlohmann::json list_topics(storage::Db& db, const auth::Principal& me, int year, const std::string& state);
nlohmann::json get_topic(storage::Db& db, const auth::Principal& me, int64_t id);  // with its case
// 年度协商计划: the year's decided topics by planned month, each with its activities held so far.
nlohmann::json annual_plan(storage::Db& db, const auth::Principal& me, int year);
std::string print_plan(storage::Db& db, const auth::Principal& me, int year);

// ---- participants and entries, shared by activities and supervision items ----
struct Leader {
    std::string name, title;
};
struct People {
    std::vector<int64_t> member_ids;
    std::vector<int64_t> unit_ids;  // departments
    std::vector<Leader> leaders;    // invited Party and government leaders (activities only)
};
struct Entry {
    std::string kind;  // activity: speech, report; supervision: visit, letter, follow_up
    std::string entry_date, title, category, person, place, text;
    std::optional<int64_t> member_id;  // a speech's speaker
};
// owner: "activity" or "supervision"
nlohmann::json add_entry(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                         const std::string& owner, int64_t owner_id, const Entry& e);

// ---- activities ----
struct ActivityFields {
    std::string form, title, held_on, place, summary;
    std::optional<int64_t> topic_id;
    People people;
};
nlohmann::json create_activity(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const ActivityFields& f);
nlohmann::json update_activity(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, int64_t version, const ActivityFields& f);
struct ListQuery {
    std::optional<int> year;
    std::string kind;  // form or mode
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_activities(storage::Db& db, const auth::Principal& me, const ListQuery& q);
nlohmann::json get_activity(storage::Db& db, const auth::Principal& me, int64_t id);

// ---- supervision ----
struct SupervisionFields {
    std::string mode, subject, description, findings, started_on;
    People people;  // the team and the departments supervised
};
nlohmann::json create_supervision(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, const SupervisionFields& f);
nlohmann::json update_supervision(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, int64_t id, int64_t version, const SupervisionFields& f);
nlohmann::json list_supervision(storage::Db& db, const auth::Principal& me, const ListQuery& q);
nlohmann::json get_supervision(storage::Db& db, const auth::Principal& me, int64_t id);

// ---- shared by the use cases (shared/*.cpp) ----
// Checks and stores the people of an activity or item (replacing what was there) and credits each member
// with a duty record of kind consultation (activity) or supervision (item) dated `on`.
void save_people(storage::Tx& tx, int64_t committee_id, const std::string& owner, int64_t owner_id,
                 const People& p, FieldErrors& e, const std::string& on, const std::string& title);
// {members:[{member_id,name}], departments:[{unit_id,name}], leaders:[{name,title}]} and the entries by kind.
nlohmann::json people_json(storage::Tx& tx, int64_t committee_id, const std::string& owner, int64_t owner_id);
nlohmann::json entries_json(storage::Tx& tx, int64_t committee_id, const std::string& owner,
                            int64_t owner_id);
// The owner's row (404 if not this committee's): its version, date and title.
struct Owner {
    int64_t id = 0, version = 0;
    std::string date, title;
};
Owner load_owner(storage::Tx& tx, int64_t committee_id, const std::string& owner, int64_t id);
std::optional<int> year_of(const std::string& date);
// A row as JSON with its <kind>_count columns as numbers (SQLite reports subquery counts as text).
nlohmann::json counted_row(const storage::Row& r);
// A list column: how many people or entries of a kind the owner row (table alias) has, named <kind>_count.
std::string count_column(const std::string& owner, const std::string& alias, const std::string& table,
                         const std::string& kind);

}  // namespace zhixie::consultation
