# ruff: noqa: E501 - seed texts are data, kept one sentence per string.
"""Demo data of the network, marked ``is_demo``: ``network_demo_load()`` (idempotent).

* Seed 003 (Turkish): the "2025 International Year of Cooperatives preparation and networking
  workshop" held in Istanbul on 5 July 2024 with Future Search methods, its participant list and
  its declarations of intent by SDG (4, 5, 8, 9, 10, 12, 13, 17). The Turkish texts are the
  seed's; the English (and title) translations are ours. The **action plan** built on them —
  working groups, deliverables, owners, due dates and progress updates — is illustrative: the
  seed says a three-year plan with working groups exists, not what is in it.
* Seed 000: the #coops4dev closing event (an opening panel, then three parallel sessions), its
  speakers as the seed names them, and library entries shaped on the four global research
  reports it mentions. Years, links and summaries of those entries are illustrative (links
  empty or on example.org).
* Directory: fictitious cooperatives (names marked "demo"), so that no real organisation gets
  invented figures.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from coopdev.network import services
from coopdev.network.models import (
    ActionPlan,
    Cooperative,
    CooperativeSector,
    CooperativeTag,
    Event,
    EventLink,
    EventSession,
    ModerationStatus,
    OrganisationKind,
    Participant,
    Publication,
    Speaker,
)
from coopdev.reference.models import Country, SDGGoal

WORKSHOP_SLUG = "iyc2025-networking-workshop-istanbul-2024"
PLAN_SLUG = "iyc2025-turkey-action-plan"
CLOSING_SLUG = "coops4dev-closing-event"

K = OrganisationKind

WORKSHOP_PARTICIPANTS: list[tuple[str, str]] = [
    ("APIKOOP", K.COOPERATIVE),
    ("Birleşmiş Milletler Gıda ve Tarım Örgütü - UNFAO", K.UN_AGENCY),
    ("Birleşmiş Milletler Kalkınma Programı - UNDP", K.UN_AGENCY),
    ("Hemdem Kadın Girişimi Üretim ve İşletme Kooperatifi", K.COOPERATIVE),
    ("İstanbul Büyükşehir Belediyesi İstanbul Planlama Ajansı", K.MUNICIPALITY),
    ("İstanbul Büyükşehir Belediyesi Sosyal Hizmetler Dairesi Başkanlığı", K.MUNICIPALITY),
    ("İzmir Büyükşehir Belediyesi", K.MUNICIPALITY),
    ("Koç Üniversitesi Sosyal Etki Forumu - KUSİF", K.UNIVERSITY),
    ("Meryem Kadın Kooperatifi", K.COOPERATIVE),
    ("Nilüfer Belediyesi Sosyal Girişimcilik Merkezi", K.MUNICIPALITY),
    ("Ortak Yaşam Ekososyal İşletme Kooperatifi", K.COOPERATIVE),
    (
        "Sanayi ve Teknoloji Bakanlığı Kalkınma Ajansları Genel Müdürlüğü Sosyal Girişimcilik "
        "Güçlendirme ve Uyum Projesi",
        K.MINISTRY,
    ),
    ("Şişli Belediyesi", K.MUNICIPALITY),
    ("Tilya Ekolojik Sosyal Kooperatifi", K.COOPERATIVE),
    ("Tomurcuk Kooperatifi", K.COOPERATIVE),
    ("Türk Kızılayı İstanbul Avrupa - Anadolu Yakası Toplum Merkezi", K.NGO),
    ("Türk Milli Kooperatifler Birliği", K.COOPERATIVE_UNION),
    ("Uluslararası Çalışma Örgütü - ILO", K.UN_AGENCY),
    ("Uluslararası Göç Örgütü - IOM", K.UN_AGENCY),
    ("Urban.koop", K.COOPERATIVE),
    ("Yerküre Yerel Çalışmalar Kooperatifi", K.COOPERATIVE),
]

# (SDG, declarant kind, declarant {lang: label}, text {tr: seed, en: our translation})
SUPPORTERS = {"tr": "Destekçi kuruluşlar", "en": "Supporting organisations"}
MUNICIPALITIES = {"tr": "Belediyeler", "en": "Municipalities"}
COOPERATIVES = {"tr": "Katılımcı kooperatifler", "en": "Participating cooperatives"}
PUBLIC_SECTOR = {"tr": "Kamu sektörü paydaşları", "en": "Public sector stakeholders"}
PARTICIPANTS = {"tr": "Katılımcılar", "en": "Participants"}

DECLARATIONS: list[tuple[list[str], str, dict[str, str], dict[str, str]]] = [
    (
        ["4"],
        K.NGO,
        SUPPORTERS,
        {
            "tr": "Destekçi kuruluşlar, kooperatiflerin kooperatifçilik alanında temel kavramlar, finansman, "
            "kooperatifçilik ilkeleri, sürdürülebilirlik, ürün geliştirme, pazarlama ve muhasebe konularında "
            "eğitimlere olan erişimini artırmak için adımlar atacaktır. Bu eğitimlerle kooperatiflerin teknik "
            "ve yönetim kapasiteleri artırılacaktır.",
            "en": "Supporting organisations will take steps to widen cooperatives' access to training on the "
            "basics of cooperation, finance, cooperative principles, sustainability, product development, "
            "marketing and accounting, to strengthen their technical and management capacity.",
        },
    ),
    (
        ["4"],
        K.MUNICIPALITY,
        MUNICIPALITIES,
        {
            "tr": "Belediyeler, kooperatifleşme süreçlerinde bu eğitim programlarını destekleyecek ve rehberlik "
            "edecektir. Ayrıca, belediyeler toprak analizi desteği ve uzmanlık alanlarına göre özelleştirilmiş "
            "üretici eğitimleri sunarak kooperatiflerin ihtiyaçlarına yönelik çözümler sağlayacaktır.",
            "en": "Municipalities will support and guide these training programmes when cooperatives are "
            "founded, and will offer soil analysis and producer training tailored to each field.",
        },
    ),
    (
        ["5"],
        "",
        PARTICIPANTS,
        {
            "tr": "Katılımcılar, kadın istihdamının artırılmasının ve ekonomik güçlenmenin desteklenmesinin "
            "önemine vurgu yapmışlardır. Bu kapsamda, kadınların liderliğindeki kooperatiflerin desteklenmesi "
            "için çeşitli projeler ve programlar geliştirilecektir.",
            "en": "Participants stressed women's employment and economic empowerment: projects and programmes "
            "will be developed to support women-led cooperatives.",
        },
    ),
    (
        ["8"],
        K.COOPERATIVE,
        COOPERATIVES,
        {
            "tr": "Katılımcı kooperatifler, finansal sürdürülebilirliği sağlamak amacıyla finansmana erişimin "
            "önemini vurgulamış ve bu amaçla kooperatif içinde ekipler kuracaklarını beyan etmişlerdir.",
            "en": "Participating cooperatives stressed access to finance for their financial sustainability "
            "and declared they will set up teams inside the cooperative for it.",
        },
    ),
    (
        ["8"],
        K.MINISTRY,
        PUBLIC_SECTOR,
        {
            "tr": "Kamu sektörü paydaşları ise kooperatiflere özgü alternatif finansal destek modelleri "
            "geliştireceklerini ve kooperatiflerin finansman ve finans yönetimi konusundaki teknik "
            "kapasitelerini artıracaklarını belirtmişlerdir.",
            "en": "Public sector stakeholders will develop alternative financial support models for "
            "cooperatives and strengthen their capacity in finance and financial management.",
        },
    ),
    (
        ["9"],
        "",
        PARTICIPANTS,
        {
            "tr": "Katılımcılar kooperatiflerin tedarik zincirine dahil edilmesini önceliklerinden biri olarak "
            "belirlemişlerdir. Öne çıkan proje fikirlerinden biri, kooperatiflerin tabandan örgütlenme "
            "kabiliyetinden faydalanarak soğuk hava depolama ve nakliye hizmetleri sunan bir kooperatif "
            "kurmaktır.",
            "en": "Participants made bringing cooperatives into supply chains a priority; one leading idea is a "
            "cooperative offering cold storage and transport services.",
        },
    ),
    (
        ["10"],
        K.COOPERATIVE,
        COOPERATIVES,
        {
            "tr": "Katılımcı kooperatifler, gerçekleştirdikleri proje ve faaliyetlerin sosyal etki ölçümünü "
            "yaparak toplumsal katkılarını değerlendireceklerini belirtmişlerdir. Destekçi kuruluşlar "
            "kooperatiflerin etki ölçümü okur yazarlığını geliştirmek üzere adımlar atacaklarını beyan "
            "etmişlerdir.",
            "en": "Participating cooperatives will measure the social impact of their projects; supporting "
            "organisations will build cooperatives' impact-measurement literacy.",
        },
    ),
    (
        ["12"],
        K.COOPERATIVE,
        COOPERATIVES,
        {
            "tr": "Kooperatifler, pazar erişimlerini artırmak amacıyla güvenilir, şeffaf ve denetlenebilir bir "
            "sertifikasyon sistemi oluşturacaklardır.",
            "en": "Cooperatives will build a reliable, transparent and auditable certification system to "
            "reach more markets.",
        },
    ),
    (
        ["12"],
        K.MUNICIPALITY,
        MUNICIPALITIES,
        {
            "tr": "Belediyeler, bu süreçte kooperatiflerin çevrimiçi platformlar ve üretici pazarları aracılığıyla "
            "pazar erişimini destekleyecek ve lojistik destek sağlayacaktır. Üretim için mekân desteği "
            "sağlayarak, örneğin endüstriyel mutfak tahsis ve kent bostanları kurulumu gibi projelerle "
            "kooperatiflerin üretim kapasitelerini artıracaktır.",
            "en": "Municipalities will support market access through online platforms and producer markets, "
            "provide logistics, and offer production space such as industrial kitchens and urban gardens.",
        },
    ),
    (
        ["13"],
        "",
        PARTICIPANTS,
        {
            "tr": "Katılımcılar, kooperatiflerin dijital dönüşümünü desteklemek amacıyla tarım paydaşlarını "
            "dijital olarak bağlayacak lojistik platformlar geliştireceklerini ifade etmişlerdir.",
            "en": "Participants will develop logistics platforms that connect agricultural stakeholders "
            "digitally, supporting cooperatives' digital and green transition.",
        },
    ),
    (
        ["17"],
        K.NGO,
        SUPPORTERS,
        {
            "tr": "Destekçi kuruluşlar, kooperatiflerin fuarlara ve etkinliklere katılımı için lojistik destek "
            "sunacaktır. Destekçi kuruluşlar, kooperatifler arasında yerel ağlar oluşturulmasına destek "
            "sağlayacak ve sosyal girişimciliği destekleyecektir.",
            "en": "Supporting organisations will offer logistics for cooperatives to attend fairs and events, "
            "and support local networks among cooperatives and social entrepreneurship.",
        },
    ),
]


def _t(en: str, tr: str, it: str = "", es: str = "", fr: str = "") -> dict[str, str]:
    return {k: v for k, v in {"en": en, "tr": tr, "it": it, "es": es, "fr": fr}.items() if v}


def _deliverable(title, owner, due, sdgs, updates, answers=()):
    return {
        "title": title,
        "owner": owner,
        "due_on": due,
        "sdgs": sdgs,
        "updates": updates,
        "answers": list(answers),
    }


def _plan_data() -> dict:
    """The illustrative plan. Update ages (``days_ago``) give every staleness colour."""
    return {
        "slug": PLAN_SLUG,
        "event": WORKSHOP_SLUG,
        "title": _t(
            "Action plan for the 2025 International Year of Cooperatives in Türkiye (illustrative)",
            "2025 Uluslararası Kooperatifler Yılı Türkiye eylem planı (örnek)",
            "Piano d'azione per l'Anno internazionale delle cooperative 2025 in Turchia (illustrativo)",
            "Plan de acción para el Año Internacional de las Cooperativas 2025 en Türkiye (ilustrativo)",
            "Plan d'action pour l'Année internationale des coopératives 2025 en Türkiye (illustratif)",
        ),
        "summary": _t(
            "The workshop's declarations of intent, turned into working groups and deliverables over three "
            "years. The declarations are the workshop report's; groups, owners, dates and progress are "
            "illustrative demo data.",
            "Çalıştayın niyet beyanları, üç yıllık çalışma grupları ve çıktılara dönüştürülmüştür. Beyanlar "
            "çalıştay raporundandır; gruplar, sorumlular, tarihler ve ilerleme örnek verilerdir.",
        ),
        "starts_on": "2024-07-05",
        "horizon_years": 3,
        "declarations": [
            {"sdgs": sdgs, "declarant_kind": kind, "declarant": label, "text": text}
            for sdgs, kind, label, text in DECLARATIONS
        ],
        "working_groups": [
            {
                "name": _t("Training and capacity", "Eğitim ve kapasite"),
                "lead": "Türk Milli Kooperatifler Birliği",
                "sdgs": ["4"],
                "deliverables": [
                    _deliverable(
                        _t(
                            "Training catalogue for new cooperatives",
                            "Yeni kooperatifler için eğitim kataloğu",
                        ),
                        "Türk Milli Kooperatifler Birliği",
                        "2025-03-31",
                        ["4", "4.4"],
                        [
                            {"status": "on-track", "progress": 40, "days_ago": 200},
                            {
                                "status": "done",
                                "progress": 100,
                                "days_ago": 30,
                                "report": _t(
                                    "Catalogue of 12 modules published.", "12 modüllük katalog yayımlandı."
                                ),
                            },
                        ],
                        answers=[0],
                    ),
                    _deliverable(
                        _t(
                            "Soil analysis and producer training by municipalities",
                            "Belediyelerce toprak analizi ve üretici eğitimi",
                        ),
                        "İzmir Büyükşehir Belediyesi",
                        "2026-06-30",
                        ["4"],
                        [{"status": "on-track", "progress": 35, "days_ago": 20}],
                        answers=[1],
                    ),
                ],
            },
            {
                "name": _t("Women-led cooperatives", "Kadın liderliğindeki kooperatifler"),
                "lead": "Hemdem Kadın Girişimi Üretim ve İşletme Kooperatifi",
                "sdgs": ["5"],
                "deliverables": [
                    _deliverable(
                        _t(
                            "Mentoring programme for women-led cooperatives",
                            "Kadın kooperatifleri için mentorluk programı",
                        ),
                        "Meryem Kadın Kooperatifi",
                        "2025-12-31",
                        ["5", "5.5"],
                        [{"status": "at-risk", "progress": 20, "days_ago": 90}],
                        answers=[2],
                    ),
                ],
            },
            {
                "name": _t("Finance", "Finansman"),
                "lead": "Sanayi ve Teknoloji Bakanlığı",
                "sdgs": ["8"],
                "deliverables": [
                    _deliverable(
                        _t("Finance teams inside ten cooperatives", "On kooperatifte finans ekipleri"),
                        "APIKOOP",
                        "2025-09-30",
                        ["8"],
                        [{"status": "on-track", "progress": 60, "days_ago": 10}],
                        answers=[3],
                    ),
                    _deliverable(
                        _t(
                            "Alternative financial support model for cooperatives",
                            "Kooperatiflere özgü alternatif finansal destek modeli",
                        ),
                        "Sanayi ve Teknoloji Bakanlığı",
                        "2026-12-31",
                        ["8", "8.3"],
                        [],
                        answers=[4],
                    ),
                ],
            },
            {
                "name": _t("Supply chains", "Tedarik zinciri"),
                "lead": "Urban.koop",
                "sdgs": ["9"],
                "deliverables": [
                    _deliverable(
                        _t(
                            "Feasibility of a cold-storage and transport cooperative",
                            "Soğuk hava deposu ve nakliye kooperatifi fizibilitesi",
                        ),
                        "Urban.koop",
                        "2025-06-30",
                        ["9"],
                        [{"status": "blocked", "progress": 10, "days_ago": 150}],
                        answers=[5],
                    ),
                ],
            },
            {
                "name": _t("Impact measurement", "Etki ölçümü"),
                "lead": "Koç Üniversitesi Sosyal Etki Forumu - KUSİF",
                "sdgs": ["10"],
                "deliverables": [
                    _deliverable(
                        _t("Impact-measurement toolkit and workshops", "Etki ölçümü araç seti ve atölyeler"),
                        "Koç Üniversitesi Sosyal Etki Forumu - KUSİF",
                        "2026-03-31",
                        ["10"],
                        [{"status": "on-track", "progress": 50, "days_ago": 45}],
                        answers=[6],
                    ),
                ],
            },
            {
                "name": _t("Markets and certification", "Pazar erişimi ve sertifikasyon"),
                "lead": "Tilya Ekolojik Sosyal Kooperatifi",
                "sdgs": ["12"],
                "deliverables": [
                    _deliverable(
                        _t("Participatory certification scheme", "Katılımcı sertifikasyon sistemi"),
                        "Tilya Ekolojik Sosyal Kooperatifi",
                        "2026-09-30",
                        ["12"],
                        [{"status": "on-track", "progress": 25, "days_ago": 70}],
                        answers=[7],
                    ),
                    _deliverable(
                        _t(
                            "Industrial kitchen and urban gardens for cooperatives",
                            "Kooperatifler için endüstriyel mutfak ve kent bostanları",
                        ),
                        "Şişli Belediyesi",
                        "2027-06-30",
                        ["12", "11"],
                        [{"status": "not-started", "progress": 0, "days_ago": 130}],
                        answers=[8],
                    ),
                ],
            },
            {
                "name": _t("Digital and green transition", "Dijital ve yeşil dönüşüm"),
                "lead": "Yerküre Yerel Çalışmalar Kooperatifi",
                "sdgs": ["13"],
                "deliverables": [
                    _deliverable(
                        _t(
                            "Logistics platform connecting agricultural stakeholders",
                            "Tarım paydaşlarını bağlayan lojistik platform",
                        ),
                        "Yerküre Yerel Çalışmalar Kooperatifi",
                        "2027-03-31",
                        ["13", "9"],
                        [{"status": "on-track", "progress": 15, "days_ago": 5}],
                        answers=[9],
                    ),
                ],
            },
            {
                "name": _t("Visibility and networks", "Görünürlük ve ağlar"),
                "lead": "Genç İş Kooperatifi",
                "sdgs": ["17"],
                "deliverables": [
                    _deliverable(
                        _t("Shared stand at three fairs in 2025", "2025'te üç fuarda ortak stant"),
                        "Genç İş Kooperatifi",
                        "2025-12-31",
                        ["17"],
                        [{"status": "done", "progress": 100, "days_ago": 100}],
                        answers=[10],
                    ),
                    _deliverable(
                        _t("Local cooperative networks in five cities", "Beş ilde yerel kooperatif ağları"),
                        "Genç İş Kooperatifi",
                        "2027-07-01",
                        ["17"],
                        [{"status": "on-track", "progress": 30, "days_ago": 61}],
                        answers=[10],
                    ),
                ],
            },
        ],
    }


# name, city, country, lat, lon, type, tags, sectors, sdgs, members, founded
DIRECTORY = [
    (
        "Demo Anatolian Seed Cooperative",
        "Ankara",
        "TR",
        39.93,
        32.86,
        "producer",
        ["ecological"],
        ["agriculture"],
        [2, 12, 13],
        48,
        2019,
    ),
    (
        "Demo Bosphorus Care Cooperative",
        "Istanbul",
        "TR",
        41.01,
        28.98,
        "social",
        ["women-led", "social"],
        ["care"],
        [5, 8],
        31,
        2020,
    ),
    (
        "Demo Aegean Olive Women's Cooperative",
        "Izmir",
        "TR",
        38.42,
        27.14,
        "producer",
        ["women-led"],
        ["agriculture"],
        [5, 12],
        120,
        2016,
    ),
    (
        "Demo Young Coders Cooperative",
        "Istanbul",
        "TR",
        41.04,
        29.01,
        "worker",
        ["youth-led"],
        ["technology"],
        [8, 9],
        12,
        2022,
    ),
    (
        "Demo New Neighbours Kitchen Cooperative",
        "Gaziantep",
        "TR",
        37.07,
        37.38,
        "multi-stakeholder",
        ["refugee-migrant-led", "social"],
        ["agriculture", "care"],
        [8, 10],
        25,
        2021,
    ),
    (
        "Demo Bursa Urban Gardens Cooperative",
        "Bursa",
        "TR",
        40.19,
        29.06,
        "consumer",
        ["ecological"],
        ["agriculture", "retail"],
        [11, 12],
        210,
        2018,
    ),
    (
        "Demo Bologna Social Services Cooperative",
        "Bologna",
        "IT",
        44.49,
        11.34,
        "social",
        ["social"],
        ["care"],
        [3, 10],
        340,
        1985,
    ),
    (
        "Demo Nairobi Youth Energy Cooperative",
        "Nairobi",
        "KE",
        -1.29,
        36.82,
        "worker",
        ["youth-led", "ecological"],
        ["energy"],
        [7, 13],
        40,
        2021,
    ),
    (
        "Demo Valparaíso Fishers Cooperative",
        "Valparaíso",
        "CL",
        -33.05,
        -71.62,
        "producer",
        [],
        ["agriculture"],
        [14],
        75,
        2003,
    ),
    (
        "Demo Lyon Platform Cooperative",
        "Lyon",
        "FR",
        45.76,
        4.84,
        "platform",
        ["youth-led"],
        ["technology", "logistics"],
        [8, 9],
        60,
        2020,
    ),
]


@dataclass
class NetworkDemoResult:
    loaded: bool
    deleted: int = 0
    cooperatives: int = 0
    events: int = 0
    plans: int = 0
    publications: int = 0


def network_demo_delete() -> int:
    """Delete every network demo row (``is_demo``); returns the number of rows deleted, cascades included."""
    n = 0
    with transaction.atomic():
        for model in (ActionPlan, Event, Publication, Cooperative):
            count, _detail = model.objects.filter(is_demo=True).delete()
            n += count
    return n


def network_demo_load(*, replace: bool = False, now: dt.datetime | None = None) -> NetworkDemoResult:
    """Load the network demo (idempotent: nothing happens when it is there, unless ``replace``)."""
    deleted = network_demo_delete() if replace else 0
    if Event.objects.filter(slug=WORKSHOP_SLUG).exists():
        return NetworkDemoResult(loaded=False, deleted=deleted)
    now = now or timezone.now()
    with transaction.atomic():
        coops = _load_directory()
        _load_workshop()
        services.plan_load(data=_plan_data(), is_demo=True, now=now)
        _load_closing_event()
        pubs = _load_library()
    return NetworkDemoResult(
        loaded=True, deleted=deleted, cooperatives=coops, events=2, plans=1, publications=pubs
    )


def _load_directory() -> int:
    from coopdev.organisations.models import Organisation

    # Link an entry to a DDP demo organisation only in the same country (the DDP demo is Italian).
    ddp_by_country: dict[str, list] = {}
    for org in Organisation.objects.filter(is_demo=True).exclude(country=None).order_by("name"):
        ddp_by_country.setdefault(str(org.country_id), []).append(org)
    known = set(Country.objects.filter(code__in={row[2] for row in DIRECTORY}).values_list("code", flat=True))
    goals = {g.number: g for g in SDGGoal.objects.all()}
    made = 0
    for name, city, country, lat, lon, kind, tags, sectors, sdgs, members, founded in DIRECTORY:
        if country not in known:
            continue
        coop = Cooperative.objects.create(
            name=name,
            slug=services._unique_slug(Cooperative, name),
            cooperative_type=kind,
            city=city,
            country_id=country,
            latitude=lat,
            longitude=lon,
            members=members,
            founding_year=founded,
            description=_t(
                "A fictitious cooperative of the demo directory.",
                "Örnek dizinin kurgusal bir kooperatifi.",
                "Una cooperativa fittizia della directory dimostrativa.",
                "Una cooperativa ficticia del directorio de demostración.",
                "Une coopérative fictive de l'annuaire de démonstration.",
            ),
            status=ModerationStatus.APPROVED,
            moderated_at=timezone.now(),
            organisation=(ddp_by_country.get(country) or [None]).pop(0)
            if ddp_by_country.get(country)
            else None,
            is_demo=True,
        )
        CooperativeTag.objects.bulk_create([CooperativeTag(cooperative=coop, tag=t) for t in tags])
        CooperativeSector.objects.bulk_create(
            [CooperativeSector(cooperative=coop, sector=s) for s in sectors]
        )
        coop.sdg_goals.set([goals[n] for n in sdgs if n in goals])
        made += 1
    # One request still waiting for moderation: it must not show anywhere public.
    if "TR" in known:
        Cooperative.objects.create(
            name="Demo Pending Request Cooperative",
            slug="demo-pending-request-cooperative",
            city="Istanbul",
            country_id="TR",
            latitude=41.0,
            longitude=29.0,
            status=ModerationStatus.PENDING,
            is_demo=True,
        )
    return made


def _load_workshop() -> Event:
    event = Event.objects.create(
        slug=WORKSHOP_SLUG,
        kind=Event.Kind.WORKSHOP,
        title=_t(
            "2025 International Year of Cooperatives preparation and networking workshop",
            "2025 Uluslararası Kooperatifler Yılı Hazırlık ve Ağ Kurma Çalıştayı",
            "Laboratorio di preparazione e di rete per l'Anno internazionale delle cooperative 2025",
            "Taller de preparación y creación de redes para el Año Internacional de las Cooperativas 2025",
            "Atelier de préparation et de mise en réseau pour l'Année internationale des coopératives 2025",
        ),
        summary=_t(
            "Organised by Genç İş Kooperatifi with the support of Friedrich Ebert Stiftung and The Hollings "
            "Center, in coordination with the New Generation Cooperatives Community, the workshop reviewed "
            "support for the cooperative and social economy in Türkiye and planned actions for 2025, aligned "
            "with the SDGs. It builds on the EU-funded \u201cNew Generation Cooperatives Network\u201d project "
            "(2021-2022) of Genç İş Kooperatifi, the National Cooperative Union of Türkiye and Legacoop's "
            "Haliéus, which built a database and digital platform of new-generation cooperatives, a national "
            "workshop and a three-year action plan with working groups.",
            "Genç İş Kooperatif, Friedrich Ebert Stiftung ve The Hollings Center'in desteğiyle, Yeni Nesil "
            "Kooperatifler Topluluğu ile eşgüdüm halinde düzenlenen çalıştay, Türkiye'deki kooperatif "
            "ekonomisi ve sosyal ekonomiye yönelik desteklerin mevcut durumunu değerlendirmiş ve 2025 "
            "Uluslararası Kooperatifler Yılı için sürdürülebilir kalkınma amaçları ile hizalanmış iş "
            "birlikleri ve eylemler planlamıştır.",
        ),
        method="Future Search (Gelecek Arama Çalıştayı)",
        original_language="tr",
        starts_on=dt.date(2024, 7, 5),
        city="İstanbul",
        country_id="TR" if Country.objects.filter(code="TR").exists() else None,
        is_demo=True,
    )
    session = EventSession.objects.create(
        event=event,
        title=_t("Future Search workshop (full day)", "Gelecek Arama Çalıştayı (tam gün)"),
        slot=1,
        track="İstanbul",
    )
    Speaker.objects.create(session=session, name="Genç İş Kooperatifi", role="Organiser / Düzenleyen")
    participants = [Participant(event=event, name=name, kind=kind) for name, kind in WORKSHOP_PARTICIPANTS]
    participants += [
        Participant(event=event, name="Genç İş Kooperatifi", kind=K.COOPERATIVE),
        Participant(event=event, name="Friedrich Ebert Stiftung", kind=K.FOUNDATION),
        Participant(event=event, name="The Hollings Center", kind=K.FOUNDATION),
    ]
    Participant.objects.bulk_create(participants)
    EventLink.objects.create(
        event=event,
        kind=EventLink.Kind.REPORT,
        title=_t("Workshop final report (Turkish)", "Çalıştay Sonuç Raporu"),
        url="",
    )
    return event


CLOSING_SPEAKERS = [
    ("Ariel Guarco", "President", "International Cooperative Alliance"),
    ("Marlene Holzner", "Head of Unit G2, DG International Partnerships (INTPA)", "European Commission"),
    ("Bruno Roelants", "Director-General", "ICA"),
    ("Agnes Mathis", "", "Cooperatives Europe"),
    ("Balu Iyer", "", "ICA Asia-Pacific"),
    ("Danilo Salerno", "", "Cooperatives of the Americas"),
    ("Chiyoge Buchekabiri Sifa", "", "ICA Africa"),
]


def _load_closing_event() -> Event:
    event = Event.objects.create(
        slug=CLOSING_SLUG,
        kind=Event.Kind.CONFERENCE,
        title=_t(
            "#coops4dev closing event: the ICA-EU Partnership on international cooperative development",
            "#coops4dev kapanış etkinliği: ICA-AB uluslararası kooperatif kalkınma ortaklığı",
            "Evento di chiusura #coops4dev: il partenariato ICA-UE sullo sviluppo cooperativo internazionale",
            "Evento de clausura #coops4dev: la alianza ACI-UE para el desarrollo cooperativo internacional",
            "Événement de clôture #coops4dev : le partenariat ACI-UE pour le développement coopératif",
        ),
        summary=_t(
            "The end of five and a half years of partnership with the European Union: an opening panel on "
            "collaboration and partnerships, then three parallel sessions (research, capacity building, "
            "policy dialogue and partnerships). Illustrative entry shaped on the event's web page; the year "
            "is not given there.",
            "Avrupa Birliği ile beş buçuk yıllık ortaklığın sonu: iş birliği ve ortaklıklar üzerine bir açılış "
            "paneli, ardından üç paralel oturum. Örnek kayıt.",
        ),
        starts_on=dt.date(2021, 9, 30),
        online=True,
        is_demo=True,
    )
    opening = EventSession.objects.create(
        event=event,
        title=_t(
            "Opening session: the importance of collaboration and partnerships",
            "Açılış oturumu: iş birliği ve ortaklıkların önemi",
        ),
        slot=1,
        track="Plenary",
    )
    Speaker.objects.bulk_create(
        [
            Speaker(session=opening, name=n, role=r, organisation=o, sort_order=i)
            for i, (n, r, o) in enumerate(CLOSING_SPEAKERS)
        ]
    )
    for track, en, tr, text in [
        (
            "Room A",
            "Research",
            "Araştırma",
            "Four global research reports (legal frameworks, key figures, youth, green economy) and regional "
            "studies: how to put this knowledge into practice.",
        ),
        (
            "Room B",
            "Capacity building",
            "Kapasite geliştirme",
            "Coopathon, APCYS, Global Cooperative Entrepreneurs, Edu4all, Coopedia, CoopsTV, Project "
            "Development Network.",
        ),
        (
            "Room C",
            "Policy dialogue and partnerships",
            "Politika diyaloğu ve ortaklıklar",
            "Advocacy and programming with Partnerships (SDG 17) as a cross-cutting theme: decent work, "
            "inequalities, sustainable and inclusive value chains.",
        ),
    ]:
        EventSession.objects.create(
            event=event, title=_t(en, tr), description={"en": text}, slot=2, track=track
        )
    EventLink.objects.create(
        event=event,
        kind=EventLink.Kind.RECORDING,
        title=_t(
            "Session recording (to be published on the closing event website)",
            "Oturum kaydı (kapanış etkinliği web sitesinde yayımlanacak)",
        ),
        url="",
    )
    Participant.objects.bulk_create(
        [
            Participant(event=event, name="International Cooperative Alliance", kind=K.COOPERATIVE_UNION),
            Participant(event=event, name="European Commission (DG INTPA)", kind=K.INTERNATIONAL),
            Participant(event=event, name="Cooperatives Europe", kind=K.COOPERATIVE_UNION),
            Participant(event=event, name="ICA Asia-Pacific", kind=K.COOPERATIVE_UNION),
            Participant(event=event, name="Cooperatives of the Americas", kind=K.COOPERATIVE_UNION),
            Participant(event=event, name="ICA Africa", kind=K.COOPERATIVE_UNION),
        ]
    )
    return event


LIBRARY = [
    (
        "legal-frameworks-for-cooperatives-global-report",
        "report",
        "legal-frameworks",
        2021,
        [8, 16, 17],
        _t(
            "Legal frameworks for cooperatives: global research report (illustrative entry)",
            "Kooperatifler için yasal çerçeveler: küresel araştırma raporu (örnek kayıt)",
            "Quadri giuridici per le cooperative: rapporto di ricerca globale (voce illustrativa)",
            "Marcos jurídicos para las cooperativas: informe de investigación global (entrada ilustrativa)",
            "Cadres juridiques des coopératives : rapport de recherche mondial (notice illustrative)",
        ),
    ),
    (
        "mapping-key-figures-cooperatives",
        "report",
        "key-figures",
        2020,
        [8, 17],
        _t(
            "Mapping key figures of cooperatives: global report (illustrative entry)",
            "Kooperatiflerin temel rakamları: küresel rapor (örnek kayıt)",
        ),
    ),
    (
        "youth-in-cooperatives",
        "study",
        "youth",
        2021,
        [4, 8],
        _t(
            "Youth in cooperatives: global study (illustrative entry)",
            "Kooperatiflerde gençler: küresel çalışma (örnek kayıt)",
        ),
    ),
    (
        "cooperatives-and-green-economy",
        "report",
        "green-economy",
        2021,
        [7, 12, 13],
        _t(
            "Cooperatives and the green economy (illustrative entry)",
            "Kooperatifler ve yeşil ekonomi (örnek kayıt)",
        ),
    ),
    (
        "iyc2025-networking-workshop-report",
        "report",
        "social-economy",
        2024,
        [4, 5, 8, 9, 10, 12, 13, 17],
        _t(
            "2025 IYC preparation and networking workshop: final report",
            "2025 Uluslararası Kooperatifler Yılı Hazırlık ve Ağ Kurma Çalıştayı: Sonuç Raporu",
        ),
    ),
    (
        "coops4dev-closing-event-recording",
        "video",
        "partnerships",
        2021,
        [17],
        _t(
            "#coops4dev closing event: recording (illustrative entry)",
            "#coops4dev kapanış etkinliği: kayıt (örnek kayıt)",
        ),
    ),
]


def _load_library() -> int:
    for slug, kind, theme, year, sdgs, title in LIBRARY:
        tr = slug.startswith("iyc2025")
        services.publication_create(
            data={
                "slug": slug,
                "kind": kind,
                "theme": theme,
                "year": year,
                "title": title,
                "summary": _t(
                    "Illustrative library entry shaped on the seed pages; summary and year are not the "
                    "publication's own.",
                    "Tohum sayfalarına göre hazırlanmış örnek kütüphane kaydı.",
                ),
                "authors": "Genç İş Kooperatifi"
                if tr
                else "International Cooperative Alliance (illustrative)",
                "language": "tr" if tr else "en",
                "region": "europe" if tr else "",
                "countries": ["TR"] if tr else [],
                "sdgs": [str(n) for n in sdgs],
                "url": f"https://example.org/library/{slug}",
            },
            is_demo=True,
        )
    return len(LIBRARY)
