#include <map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "domains/office/care/care.hpp"

namespace zhixie::office::care {

const std::vector<std::string> kKinds = {"birthday",         "moving_house",  "child_wedding", "childbirth",
                                         "child_enlistment", "child_college", "illness",       "death"};
const std::vector<std::string> kEventKinds = {
    "moving_house", "child_wedding", "childbirth", "child_enlistment", "child_college", "illness", "death"};
const std::vector<std::string> kPlaceholders = {"{name}",  "{date}",      "{age}",  "{detail}",
                                                "{event}", "{committee}", "{today}"};

namespace {

struct Builtin {
    const char* name;   // the event, for lists and {event}
    const char* title;  // the letter's title
    const char* body;   // salutation line, then paragraphs
};

const std::map<std::string, Builtin>& builtins() {
    static const std::map<std::string, Builtin> m = {
        {"birthday",
         {"生日", "生日贺信",
          "{name}同志：\n值此您{age}岁生日到来之际，{committee}机关向您致以衷心的祝贺和美好的祝福！\n"
          "长期以来，您爱岗敬业、勤勉尽责，为政协事业发展付出了辛勤努力。在这个特别的日子里，祝您生日快乐、身"
          "体健康、"
          "工作顺利、阖家幸福！"}},
        {"moving_house",
         {"乔迁新居", "乔迁贺信",
          "{name}同志：\n欣闻您于{date}乔迁新居，{committee}机关全体干部职工向您表示热烈的祝贺！\n"
          "祝您新居新气象，生活美满、阖家安康、万事顺意！"}},
        {"child_wedding",
         {"子女结婚", "新婚贺信",
          "{name}同志：\n欣闻您的子女{detail}于{date}喜结良缘，{committee}"
          "机关向您和您的家人表示热烈的祝贺！\n"
          "祝新人百年好合、幸福美满，祝您全家幸福安康！"}},
        {"childbirth",
         {"喜添新丁", "添丁贺信",
          "{name}同志：\n欣闻您家于{date}喜添新丁，{committee}机关向您和您的家人表示热烈的祝贺！\n"
          "祝宝宝健康成长，祝您全家幸福美满！"}},
        {"child_enlistment",
         {"子女参军入伍", "参军贺信",
          "{name}同志：\n欣闻您的子女{detail}光荣参军入伍，{committee}"
          "机关向您和您的家人表示热烈的祝贺和崇高的敬意！\n"
          "一人参军，全家光荣。祝愿孩子在部队这所大学校里锤炼意志、建功立业，祝您全家幸福安康！"}},
        {"child_college",
         {"子女考上大学", "升学贺信",
          "{name}同志：\n欣闻您的子女{detail}金榜题名，{committee}机关向您和您的家人表示热烈的祝贺！\n"
          "祝愿孩子在新的起点上勤奋学习、全面发展、学有所成，早日成为国家的栋梁之才！"}},
        {"illness",
         {"生病住院", "慰问信",
          "{name}同志：\n惊悉您身体欠安，{committee}机关全体干部职工十分牵挂，特向您致以亲切的慰问！\n"
          "望您安心治疗、静心休养，早日康复。如有困难，请随时告诉组织。"}},
        {"death",
         {"去世", "慰问信",
          "{name}同志家属：\n惊悉{name}同志于{date}不幸逝世，{committee}"
          "机关全体干部职工深感悲痛，谨致以沉痛的哀悼，"
          "并向您和您的家人表示诚挚的慰问！\n{name}"
          "同志生前勤勉敬业、为人正直，为政协事业作出了积极贡献，我们将永远怀念"
          "。望您节哀顺变，保重身体。如有困难，请随时告诉组织。"}},
    };
    return m;
}

}  // namespace

std::string kind_name(const std::string& kind) {
    auto it = builtins().find(kind);
    return it == builtins().end() ? kind : it->second.name;
}

bool is_condolence(const std::string& kind) {
    return kind == "illness" || kind == "death";
}

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"kind", {"事项", "Kind"}},
        {"title", {"标题", "Title"}},
        {"body", {"信件内容", "Letter text"}},
        {"staff_id", {"干部职工", "Staff member"}},
        {"event_id", {"登记事项", "Registered event"}},
        {"event_date", {"日期", "Date"}},
        {"detail", {"说明", "Detail"}},
        {"year", {"年份", "Year"}},
    };
    return l;
}

std::string render(const std::string& text, const std::vector<std::pair<std::string, std::string>>& fields) {
    std::string out = text;
    for (const auto& [key, value] : fields)
        for (auto at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
            out.replace(at, key.size(), value);
    return out;
}

nlohmann::json template_for(storage::Tx& tx, int64_t committee_id, const std::string& kind) {
    if (auto r = tx.one("SELECT id, kind, title, body, version, updated_at FROM office_letter_templates "
                        "WHERE committee_id = :c "
                        "AND kind = :k",
                        {{"c", committee_id}, {"k", kind}})) {
        auto o = r->json();
        o["builtin"] = false;
        return o;
    }
    const auto& b = builtins().at(kind);
    return {{"id", nullptr},      {"kind", kind},          {"title", b.title}, {"body", b.body},
            {"version", nullptr}, {"updated_at", nullptr}, {"builtin", true}};
}

nlohmann::json letter_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT l.id, l.staff_id, s.name AS staff_name, l.kind, l.event_key, l.care_event_id, l.event_date, "
        "l.title, "
        "l.body, l.created_at, u.display_name AS written_by FROM office_letters l JOIN staff s ON s.id = "
        "l.staff_id "
        "LEFT JOIN users u ON u.id = l.created_by WHERE l.id = :id AND l.committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    o["kind_name"] = kind_name(r->s("kind"));
    return o;
}

std::string birthday_in(const std::string& birth_date, int year) {
    std::string md = birth_date.substr(5, 5);
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (md == "02-29" && !leap) md = "02-28";
    return fmt::format("{}-{}", year, md);
}

}  // namespace zhixie::office::care
