#pragma once
// Office staff (机关干部): their records (rank, post, body, dates) and careers — promotions, transfers in
// and out, recommendations to lead a department or township, secondments (驻村扶贫, 挂职) and training —
// plus the roster's import and export. Every function is scoped by the caller's committee.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/error.hpp"
#include "core/field_errors.hpp"
#include "services/import/roster.hpp"
#include "storage/db.hpp"

namespace zhixie::staff {

inline const std::vector<std::string> kGenders{"男", "女"};
inline const std::vector<std::string> kStatuses{"在职", "退休", "调离"};
inline const std::vector<std::string> kEventKinds{"promotion",   "transfer_in", "transfer_out",
                                                  "recommended", "secondment",  "training"};

// A person's record as stored. Text fields are "" when empty (id_card and phone are NULL then).
struct Record {
    std::string name;
    std::string gender;
    std::string birth_date;
    std::string id_card;
    std::string phone;
    std::string rank;  // 正科, 副科, 一级科员…
    std::string post;  // 主任, 副主任, 科员…
    std::optional<int64_t> body_id;
    std::string status = "在职";
    std::string joined_on;
    std::string left_on;
};

// The fields' names in both languages (error messages, import columns).
const FieldLabels& labels();
// Trims and normalises what people type: dates to YYYY-MM-DD (2024/3/7, 2024年3月7日, Excel dates), the ID
// card's x to X, the birth date from the ID card when it is missing, the default status.
void normalise(Record& r);
// Adds every problem of a (normalised) record: missing name or gender, bad choices, dates or numbers,
// joined before birth or left before joining.
void validate(const Record& r, FieldErrors& e);

// What a write may change; absent fields stay as they are.
struct Fields {
    std::optional<std::string> name, gender, birth_date, id_card, phone, rank, post, status, joined_on,
        left_on;
    std::optional<std::optional<int64_t>> body_id;  // set, or set to none
};
// Fills a record from the fields (over `base` for a change).
Record apply(const Fields& f, Record base = {});

// 422 invalid_record listing every bad field (messages in lang); 400 for a body not in the committee;
// 409 duplicate naming id_card or phone that another person of the committee has.
int64_t create_staff(storage::Tx& tx, const audit::Actor& actor, int64_t committee_id, Record r, Lang lang);
nlohmann::json add_staff(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                         const Fields& f);

// Also 404 for another committee's person and 409 stale_version.
nlohmann::json update_staff(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t id, int64_t version, const Fields& f);

struct Query {
    std::string q;  // name, pinyin initials (zsf) or the start of the full pinyin (zhangsan, zhang san)
    std::optional<int64_t> body_id;
    std::string status;
    std::string rank;
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_staff(storage::Db& db, const auth::Principal& me, const Query& q);
// Everything about the person: the record, the body, the career events and Party memberships.
nlohmann::json person_json(storage::Tx& tx, int64_t committee_id, int64_t id);
nlohmann::json get_staff(storage::Db& db, const auth::Principal& me, int64_t id);

struct NewEvent {
    int64_t staff_id = 0;
    std::string kind;
    std::string on_date;
    std::string end_date;  // secondment, training
    std::string detail;    // where to, what for (required for recommended, secondment, training)
    std::string to_rank;   // promotion
};
// Records the event; a promotion sets the rank, a transfer out sets status 调离 and left_on, a transfer
// in sets status 在职 (and joined_on when it is empty). 422 invalid_record for bad fields.
void add_event(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor, const NewEvent& e,
               Lang lang);
nlohmann::json record_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const NewEvent& e);

// The roster as .xlsx with Chinese headers, filtered like list_staff (all pages).
std::string export_xlsx(storage::Db& db, const auth::Principal& me, Query q);

// The roster's columns: the export's headers, which the import reads back.
const std::vector<import::Column>& roster_columns();

struct Upload {
    std::string bytes;
    std::string filename;
    import::Encoding encoding = import::Encoding::automatic;
};
// Every row with its values and problems (messages in lang), as the members' import reports them:
// {total, valid, invalid, committed, rows: [{row, name, phone, values, errors: [{field, code, message}]}]}.
// commit: all or nothing — 422 import_has_errors (details.count, details.rows: the bad rows) when any
// row has a problem, else every row is stored. Without commit nothing is stored.
nlohmann::json import_roster(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                             const Upload& u, Lang lang, bool commit);

}  // namespace zhixie::staff
