# ruff: noqa: E501  (prose: sentences are kept whole, one per line)
"""What the demo projects are about: themes, their variants, sectors, SDGs, results and texts.

A theme fixes the DAC sectors a project may use, the SDGs it is tagged with and the results it
reports; a variant gives the words. Titles, summaries and objectives exist in the platform's
five languages; ``{loc}`` is replaced by where the project takes place, in the grammar of
the language (see :func:`coopdev.demo.places.locative`). Result and indicator titles are in
English and Italian, the two languages every demo project is written in.

Only the ``health`` theme uses sectors of the DAC categories 121, 122 and 123 (the health
sector of seed 002); no other theme may, or the health figures would change.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopdev.demo.places import AFRICA, ASIA, COFFEE_COCOA, LANDLOCKED, LATIN_AMERICA, MALARIA_BELT, OCEANIA

Text = dict[str, str]


@dataclass(frozen=True)
class ResultTemplate:
    """A result with one indicator. ``scale`` sizes the indicator's targets.

    ``("people", lo, hi)``: a share of the people the project reaches; ``("count", lo, hi)``:
    a plain number; ``("percent", lo, hi)``: the baseline of a percentage, the target
    being 15-35 points higher.
    """

    type: str  # IATI ResultType: 1 output, 2 outcome
    title: Text
    indicator: Text
    measure: str  # IATI IndicatorMeasure: 1 unit, 2 percentage
    scale: tuple[str, float, float]


@dataclass(frozen=True)
class Variant:
    key: str
    sectors: tuple[str, ...]  # DAC 5-digit codes, one is chosen as the main sector
    title: Text
    summary: Text
    objective: Text
    areas: tuple[str, ...] | None = None  # None: anywhere
    exclude: frozenset[str] = frozenset()  # countries where it makes no sense
    only: frozenset[str] | None = None  # if set, the only countries where it makes sense
    targets: tuple[str, ...] = ()  # SDG targets specific to the variant (vocabulary 3)
    results: tuple[ResultTemplate, ...] = ()  # for the health variants

    def fits(self, area: str, country: str) -> bool:
        if self.areas is not None and area not in self.areas:
            return False
        if self.only is not None and country not in self.only:
            return False
        return country not in self.exclude


@dataclass(frozen=True)
class Theme:
    key: str
    projects: int  # how many demo projects have this theme
    goals: tuple[int, ...]  # SDG goals every project of the theme is tagged with
    extra_goals: tuple[tuple[int, float], ...]  # (goal, share of the theme's projects also tagged)
    targets: tuple[str, ...]  # SDG targets some projects are tagged with
    second_sectors: tuple[str, ...]  # for projects with two sectors
    cost_per_person: int  # EUR of total value per person reached, roughly
    women_share: tuple[float, float]
    target_groups: Text
    variants: tuple[Variant, ...]
    results: tuple[ResultTemplate, ...] = ()
    health: bool = False


def R(
    type_: str, title: tuple[str, str], indicator: tuple[str, str], scale: tuple[str, float, float]
) -> ResultTemplate:
    measure = "2" if scale[0] == "percent" else "1"
    return ResultTemplate(
        type=type_,
        title={"en": title[0], "it": title[1]},
        indicator={"en": indicator[0], "it": indicator[1]},
        measure=measure,
        scale=scale,
    )


HEALTH = Theme(
    key="health",
    projects=39,
    goals=(3,),
    extra_goals=((5, 0.1), (1, 0.1), (6, 0.08)),
    targets=(),
    second_sectors=("16010", "14030", "15170"),
    cost_per_person=18,
    women_share=(0.52, 0.68),
    target_groups={
        "en": "Rural and peri-urban households, women of childbearing age, children under five, community health workers.",
        "it": "Famiglie rurali e periurbane, donne in età fertile, bambini sotto i cinque anni, operatori sanitari di comunità.",
        "fr": "Ménages ruraux et périurbains, femmes en âge de procréer, enfants de moins de cinq ans, agents de santé communautaires.",
        "es": "Familias rurales y periurbanas, mujeres en edad fértil, niños y niñas menores de cinco años, agentes comunitarios de salud.",
        "tr": "Kırsal ve kent çeperindeki haneler, doğurganlık çağındaki kadınlar, beş yaş altı çocuklar, toplum sağlığı çalışanları.",
    },
    health=True,
    variants=(
        Variant(
            key="health-mutuals",
            sectors=("12110",),
            areas=(AFRICA, LATIN_AMERICA, ASIA),
            targets=("3.8",),
            title={
                "en": "Community health mutuals for rural families {loc}",
                "it": "Mutue sanitarie comunitarie per le famiglie rurali {loc}",
                "fr": "Mutuelles de santé communautaires pour les familles rurales {loc}",
                "es": "Mutuales de salud comunitarias para familias rurales {loc}",
                "tr": "{loc} kırsal aileler için toplum temelli sağlık yardımlaşma sandıkları",
            },
            summary={
                "en": "The project helps rural households {loc} set up and run community health mutuals, so that a small yearly contribution covers primary care and safe childbirth at partner health centres.",
                "it": "Il progetto aiuta le famiglie rurali {loc} a costituire e gestire mutue sanitarie comunitarie, perché un piccolo contributo annuale copra le cure di base e il parto assistito nei centri di salute convenzionati.",
                "fr": "Le projet aide les ménages ruraux {loc} à créer et à gérer des mutuelles de santé communautaires, afin qu'une petite cotisation annuelle couvre les soins de base et l'accouchement assisté dans les centres de santé partenaires.",
                "es": "El proyecto ayuda a las familias rurales {loc} a crear y gestionar mutuales de salud comunitarias, para que una pequeña cuota anual cubra la atención primaria y el parto seguro en los centros de salud asociados.",
                "tr": "Proje, {loc} kırsal hanelerin toplum temelli sağlık yardımlaşma sandıkları kurmasına ve yönetmesine destek oluyor; böylece küçük bir yıllık aidat, anlaşmalı sağlık merkezlerinde temel bakımı ve güvenli doğumu karşılıyor.",
            },
            objective={
                "en": "Improve access to affordable primary health care through member-owned health mutuals.",
                "it": "Migliorare l'accesso a cure primarie sostenibili attraverso mutue sanitarie di proprietà dei soci.",
                "fr": "Améliorer l'accès à des soins de santé primaires abordables grâce à des mutuelles détenues par leurs membres.",
                "es": "Mejorar el acceso a una atención primaria asequible mediante mutuales de salud propiedad de sus socios.",
                "tr": "Üyelerin sahip olduğu sağlık yardımlaşma sandıkları aracılığıyla uygun maliyetli temel sağlık hizmetlerine erişimi iyileştirmek.",
            },
            results=(
                R(
                    "1",
                    ("Health mutuals set up and running", "Mutue sanitarie costituite e operative"),
                    ("Members enrolled in the health mutuals", "Soci iscritti alle mutue sanitarie"),
                    ("people", 0.25, 0.45),
                ),
                R(
                    "2",
                    ("Wider use of primary health care", "Maggiore ricorso alle cure primarie"),
                    (
                        "Share of members using a health centre at least once a year",
                        "Quota di soci che si rivolgono a un centro di salute almeno una volta l'anno",
                    ),
                    ("percent", 18, 35),
                ),
            ),
        ),
        Variant(
            key="health-primary-care",
            sectors=("12220", "12230"),
            targets=("3.8",),
            title={
                "en": "Strengthening primary health care centres {loc}",
                "it": "Rafforzamento dei centri di assistenza sanitaria di base {loc}",
                "fr": "Renforcement des centres de soins de santé primaires {loc}",
                "es": "Fortalecimiento de los centros de atención primaria de salud {loc}",
                "tr": "{loc} birinci basamak sağlık merkezlerinin güçlendirilmesi",
            },
            summary={
                "en": "Health centres serving remote communities {loc} are refurbished, equipped and supplied with essential medicines, and their staff receive on-the-job training.",
                "it": "I centri di salute che servono comunità isolate {loc} vengono ristrutturati, attrezzati e riforniti di farmaci essenziali, e il loro personale riceve formazione sul campo.",
                "fr": "Des centres de santé desservant des communautés isolées {loc} sont réhabilités, équipés et approvisionnés en médicaments essentiels, et leur personnel est formé sur le terrain.",
                "es": "Los centros de salud que atienden a comunidades aisladas {loc} se rehabilitan, se equipan y se abastecen de medicamentos esenciales, y su personal recibe formación en el servicio.",
                "tr": "Proje kapsamında {loc} uzak topluluklara hizmet veren sağlık merkezleri yenileniyor, donatılıyor ve temel ilaçlarla destekleniyor; personel de iş başında eğitim alıyor.",
            },
            objective={
                "en": "Bring quality primary health care closer to the communities that need it most.",
                "it": "Avvicinare cure primarie di qualità alle comunità che ne hanno più bisogno.",
                "fr": "Rapprocher des soins primaires de qualité des communautés qui en ont le plus besoin.",
                "es": "Acercar una atención primaria de calidad a las comunidades que más la necesitan.",
                "tr": "Nitelikli birinci basamak sağlık hizmetlerini en çok ihtiyaç duyan topluluklara yaklaştırmak.",
            },
            results=(
                R(
                    "1",
                    (
                        "Health centres refurbished and equipped",
                        "Centri di salute ristrutturati e attrezzati",
                    ),
                    (
                        "Consultations at the supported health centres",
                        "Visite effettuate nei centri di salute sostenuti",
                    ),
                    ("people", 1.2, 2.0),
                ),
                R(
                    "2",
                    (
                        "Reliable supply of essential medicines",
                        "Disponibilità costante di farmaci essenziali",
                    ),
                    (
                        "Share of supported health centres without stock-outs of essential medicines",
                        "Quota di centri di salute sostenuti senza rotture di stock di farmaci essenziali",
                    ),
                    ("percent", 25, 50),
                ),
            ),
        ),
        Variant(
            key="health-maternal-child",
            sectors=("12240", "12220"),
            areas=(AFRICA, LATIN_AMERICA, ASIA, OCEANIA),
            targets=("3.1", "3.2"),
            title={
                "en": "Maternal and child health and nutrition {loc}",
                "it": "Salute e nutrizione materno-infantile {loc}",
                "fr": "Santé et nutrition de la mère et de l'enfant {loc}",
                "es": "Salud y nutrición materno-infantil {loc}",
                "tr": "{loc} anne ve çocuk sağlığı ile beslenmesi",
            },
            summary={
                "en": "Women's groups and community health workers {loc} follow pregnant women and children under five, promote breastfeeding and a varied diet, and refer complicated cases in time.",
                "it": "Gruppi di donne e operatori sanitari di comunità {loc} seguono le donne in gravidanza e i bambini sotto i cinque anni, promuovono l'allattamento al seno e una dieta varia e indirizzano per tempo i casi complicati.",
                "fr": "Des groupements de femmes et des agents de santé communautaires {loc} suivent les femmes enceintes et les enfants de moins de cinq ans, promeuvent l'allaitement maternel et une alimentation variée, et orientent à temps les cas compliqués.",
                "es": "Grupos de mujeres y agentes comunitarios de salud {loc} acompañan a las embarazadas y a los niños menores de cinco años, promueven la lactancia materna y una dieta variada, y derivan a tiempo los casos complicados.",
                "tr": "Proje kapsamında {loc} kadın grupları ve toplum sağlığı çalışanları hamile kadınları ve beş yaş altı çocukları izliyor, emzirmeyi ve çeşitli beslenmeyi teşvik ediyor, riskli vakaları zamanında sevk ediyor.",
            },
            objective={
                "en": "Reduce maternal and child mortality and malnutrition in the target communities.",
                "it": "Ridurre la mortalità materna e infantile e la malnutrizione nelle comunità coinvolte.",
                "fr": "Réduire la mortalité maternelle et infantile et la malnutrition dans les communautés ciblées.",
                "es": "Reducir la mortalidad materna e infantil y la desnutrición en las comunidades destinatarias.",
                "tr": "Hedef topluluklarda anne ve çocuk ölümlerini ve yetersiz beslenmeyi azaltmak.",
            },
            results=(
                R(
                    "1",
                    (
                        "Children screened and followed for malnutrition",
                        "Bambini sottoposti a screening e seguiti per la malnutrizione",
                    ),
                    (
                        "Children under five screened for malnutrition",
                        "Bambini sotto i cinque anni sottoposti a screening nutrizionale",
                    ),
                    ("people", 0.2, 0.35),
                ),
                R(
                    "2",
                    ("Safer births", "Parti più sicuri"),
                    (
                        "Share of births attended by skilled health personnel",
                        "Quota di parti assistiti da personale sanitario qualificato",
                    ),
                    ("percent", 30, 55),
                ),
            ),
        ),
        Variant(
            key="health-infectious",
            sectors=("12262", "12263", "12250"),
            only=MALARIA_BELT,
            targets=("3.3",),
            title={
                "en": "Community prevention and control of malaria and tuberculosis {loc}",
                "it": "Prevenzione e controllo comunitario di malaria e tubercolosi {loc}",
                "fr": "Prévention et contrôle communautaires du paludisme et de la tuberculose {loc}",
                "es": "Prevención y control comunitario de la malaria y la tuberculosis {loc}",
                "tr": "{loc} sıtma ve veremin toplum temelli önlenmesi ve kontrolü",
            },
            summary={
                "en": "Volunteers trained by the project {loc} distribute bed nets, run awareness campaigns, support early diagnosis and help patients complete their treatment.",
                "it": "I volontari formati dal progetto {loc} distribuiscono zanzariere, organizzano campagne di sensibilizzazione, favoriscono la diagnosi precoce e aiutano i pazienti a portare a termine le cure.",
                "fr": "Les volontaires formés par le projet {loc} distribuent des moustiquaires, animent des campagnes de sensibilisation, favorisent le dépistage précoce et aident les patients à suivre leur traitement jusqu'au bout.",
                "es": "Los voluntarios formados por el proyecto {loc} distribuyen mosquiteros, realizan campañas de sensibilización, apoyan el diagnóstico precoz y ayudan a los pacientes a completar su tratamiento.",
                "tr": "Proje kapsamında {loc} eğitilen gönüllüler cibinlik dağıtıyor, farkındalık kampanyaları düzenliyor, erken tanıyı destekliyor ve hastaların tedavilerini tamamlamalarına yardım ediyor.",
            },
            objective={
                "en": "Cut the incidence of malaria and tuberculosis in the project districts.",
                "it": "Ridurre l'incidenza di malaria e tubercolosi nei distretti del progetto.",
                "fr": "Réduire l'incidence du paludisme et de la tuberculose dans les districts du projet.",
                "es": "Reducir la incidencia de la malaria y la tuberculosis en los distritos del proyecto.",
                "tr": "Proje ilçelerinde sıtma ve verem görülme sıklığını azaltmak.",
            },
            results=(
                R(
                    "1",
                    ("Households protected against malaria", "Famiglie protette dalla malaria"),
                    ("Insecticide-treated bed nets distributed", "Zanzariere impregnate distribuite"),
                    ("people", 0.2, 0.3),
                ),
                R(
                    "2",
                    ("Tuberculosis patients cured", "Pazienti con tubercolosi guariti"),
                    (
                        "Treatment success rate of the tuberculosis patients followed",
                        "Tasso di successo del trattamento dei pazienti con tubercolosi seguiti",
                    ),
                    ("percent", 55, 70),
                ),
            ),
        ),
        Variant(
            key="health-workforce",
            sectors=("12281", "12181"),
            targets=("3.c",),
            title={
                "en": "Training nurses and community health workers {loc}",
                "it": "Formazione di infermieri e operatori sanitari di comunità {loc}",
                "fr": "Formation d'infirmiers et d'agents de santé communautaires {loc}",
                "es": "Formación de personal de enfermería y agentes comunitarios de salud {loc}",
                "tr": "{loc} hemşire ve toplum sağlığı çalışanlarının eğitimi",
            },
            summary={
                "en": "Together with local nursing schools, the project {loc} updates training curricula, offers scholarships and organises supervised placements in rural health facilities.",
                "it": "Insieme alle scuole infermieristiche locali, il progetto {loc} aggiorna i programmi di formazione, offre borse di studio e organizza tirocini supervisionati nelle strutture sanitarie rurali.",
                "fr": "Avec les écoles d'infirmiers locales, le projet {loc} actualise les programmes de formation, offre des bourses d'études et organise des stages encadrés dans les structures de santé rurales.",
                "es": "Junto con las escuelas de enfermería locales, el proyecto {loc} actualiza los planes de formación, ofrece becas y organiza prácticas supervisadas en centros de salud rurales.",
                "tr": "Proje, {loc} yerel hemşirelik okullarıyla birlikte eğitim programlarını güncelliyor, burs veriyor ve kırsal sağlık kuruluşlarında gözetimli staj olanakları sağlıyor.",
            },
            objective={
                "en": "Increase the number and the skills of health workers who stay and work in rural areas.",
                "it": "Aumentare il numero e le competenze degli operatori sanitari che restano a lavorare nelle aree rurali.",
                "fr": "Accroître le nombre et les compétences des personnels de santé qui restent travailler en zone rurale.",
                "es": "Aumentar el número y las competencias del personal sanitario que permanece trabajando en zonas rurales.",
                "tr": "Kırsal bölgelerde kalıp çalışan sağlık personelinin sayısını ve becerilerini artırmak.",
            },
            results=(
                R(
                    "1",
                    ("Health workers trained", "Operatori sanitari formati"),
                    (
                        "Nurses and community health workers trained",
                        "Infermieri e operatori sanitari di comunità formati",
                    ),
                    ("count", 60, 420),
                ),
                R(
                    "2",
                    (
                        "Trained staff retained in rural areas",
                        "Personale formato che resta nelle aree rurali",
                    ),
                    (
                        "Share of trained staff still working in rural facilities after one year",
                        "Quota di personale formato ancora in servizio nelle strutture rurali dopo un anno",
                    ),
                    ("percent", 40, 60),
                ),
            ),
        ),
        Variant(
            key="health-mental",
            sectors=("12340",),
            targets=("3.4",),
            title={
                "en": "Community mental health services and social cooperatives {loc}",
                "it": "Servizi di salute mentale di comunità e cooperazione sociale {loc}",
                "fr": "Services communautaires de santé mentale et coopératives sociales {loc}",
                "es": "Servicios comunitarios de salud mental y cooperativas sociales {loc}",
                "tr": "{loc} toplum temelli ruh sağlığı hizmetleri ve sosyal kooperatifler",
            },
            summary={
                "en": "Drawing on the Italian experience of closing psychiatric hospitals, the project {loc} supports community mental health centres and social cooperatives that offer work to people in recovery.",
                "it": "Partendo dall'esperienza italiana del superamento degli ospedali psichiatrici, il progetto {loc} sostiene centri di salute mentale territoriali e cooperative sociali che offrono lavoro a persone in percorso di recupero.",
                "fr": "S'appuyant sur l'expérience italienne de fermeture des hôpitaux psychiatriques, le projet {loc} soutient des centres de santé mentale de proximité et des coopératives sociales qui offrent un travail aux personnes en voie de rétablissement.",
                "es": "A partir de la experiencia italiana del cierre de los hospitales psiquiátricos, el proyecto {loc} apoya centros comunitarios de salud mental y cooperativas sociales que ofrecen trabajo a personas en proceso de recuperación.",
                "tr": "İtalya'da psikiyatri hastanelerinin kapatılması deneyiminden yola çıkan proje, {loc} toplum ruh sağlığı merkezlerini ve iyileşme sürecindeki kişilere iş olanağı sunan sosyal kooperatifleri destekliyor.",
            },
            objective={
                "en": "Move mental health care from institutions to the community and create jobs for people with mental health conditions.",
                "it": "Portare la cura della salute mentale dalle istituzioni al territorio e creare lavoro per le persone con disagio psichico.",
                "fr": "Déplacer la prise en charge de la santé mentale des institutions vers la communauté et créer des emplois pour les personnes concernées.",
                "es": "Trasladar la atención de la salud mental de las instituciones a la comunidad y crear empleo para las personas con problemas de salud mental.",
                "tr": "Ruh sağlığı bakımını kurumlardan topluma taşımak ve ruhsal sorunları olan kişiler için istihdam yaratmak.",
            },
            results=(
                R(
                    "1",
                    (
                        "Community mental health services running",
                        "Servizi di salute mentale territoriali attivi",
                    ),
                    (
                        "People followed by community mental health services",
                        "Persone seguite dai servizi di salute mentale territoriali",
                    ),
                    ("people", 0.05, 0.12),
                ),
                R(
                    "2",
                    ("Social and work inclusion", "Inclusione sociale e lavorativa"),
                    (
                        "Share of service users in paid work or training",
                        "Quota di utenti inseriti in un lavoro retribuito o in formazione",
                    ),
                    ("percent", 8, 20),
                ),
            ),
        ),
        Variant(
            key="health-ncd",
            sectors=("12350", "12310"),
            targets=("3.4",),
            title={
                "en": "Early detection and care of diabetes and hypertension {loc}",
                "it": "Diagnosi precoce e cura di diabete e ipertensione {loc}",
                "fr": "Dépistage précoce et prise en charge du diabète et de l'hypertension {loc}",
                "es": "Detección precoz y atención de la diabetes y la hipertensión {loc}",
                "tr": "{loc} diyabet ve hipertansiyonun erken tanısı ve tedavisi",
            },
            summary={
                "en": "Mobile screening days, trained pharmacists and patient clubs {loc} help people find out early about diabetes and high blood pressure and keep them under control.",
                "it": "Giornate di screening mobile, farmacisti formati e gruppi di pazienti {loc} aiutano le persone a scoprire per tempo diabete e ipertensione e a tenerli sotto controllo.",
                "fr": "Des journées de dépistage mobile, des pharmaciens formés et des clubs de patients {loc} aident la population à détecter tôt le diabète et l'hypertension et à les maîtriser.",
                "es": "Jornadas móviles de detección, farmacéuticos capacitados y clubes de pacientes {loc} ayudan a las personas a detectar a tiempo la diabetes y la hipertensión y a mantenerlas bajo control.",
                "tr": "Proje kapsamında {loc} düzenlenen gezici tarama günleri, eğitimli eczacılar ve hasta kulüpleri, insanların diyabet ve yüksek tansiyonu erken fark etmesine ve kontrol altında tutmasına yardımcı oluyor.",
            },
            objective={
                "en": "Reduce complications and early deaths from non-communicable diseases.",
                "it": "Ridurre complicanze e morti precoci dovute alle malattie non trasmissibili.",
                "fr": "Réduire les complications et les décès prématurés dus aux maladies non transmissibles.",
                "es": "Reducir las complicaciones y las muertes prematuras por enfermedades no transmisibles.",
                "tr": "Bulaşıcı olmayan hastalıklara bağlı komplikasyonları ve erken ölümleri azaltmak.",
            },
            results=(
                R(
                    "1",
                    (
                        "Screening reaches the population at risk",
                        "Lo screening raggiunge la popolazione a rischio",
                    ),
                    (
                        "People screened for diabetes and hypertension",
                        "Persone sottoposte a screening per diabete e ipertensione",
                    ),
                    ("people", 0.5, 0.7),
                ),
                R(
                    "2",
                    (
                        "Patients keep their condition under control",
                        "I pazienti tengono sotto controllo la malattia",
                    ),
                    (
                        "Share of diagnosed patients with blood pressure under control",
                        "Quota di pazienti diagnosticati con pressione arteriosa sotto controllo",
                    ),
                    ("percent", 20, 35),
                ),
            ),
        ),
        Variant(
            key="health-home-care",
            sectors=("12191",),
            targets=("3.8",),
            title={
                "en": "Cooperative home care for older people {loc}",
                "it": "Assistenza domiciliare cooperativa per le persone anziane {loc}",
                "fr": "Soins à domicile coopératifs pour les personnes âgées {loc}",
                "es": "Atención domiciliaria cooperativa para personas mayores {loc}",
                "tr": "{loc} yaşlılar için kooperatif temelli evde bakım",
            },
            summary={
                "en": "Care workers organised in a new cooperative {loc} visit older and bedridden people at home, provide basic nursing and relieve the family members who look after them.",
                "it": "Operatori e operatrici riuniti in una nuova cooperativa {loc} visitano a domicilio persone anziane e allettate, garantiscono l'assistenza infermieristica di base e sollevano i familiari che se ne prendono cura.",
                "fr": "Des aides-soignants regroupés dans une nouvelle coopérative {loc} rendent visite à domicile aux personnes âgées et alitées, assurent les soins infirmiers de base et soulagent les familles qui s'en occupent.",
                "es": "Cuidadoras y cuidadores organizados en una nueva cooperativa {loc} visitan en su domicilio a personas mayores y encamadas, prestan cuidados básicos de enfermería y alivian a las familias que las atienden.",
                "tr": "Proje kapsamında {loc} yeni bir kooperatifte örgütlenen bakım çalışanları yaşlı ve yatağa bağımlı kişileri evlerinde ziyaret ediyor, temel hemşirelik bakımı sağlıyor ve onlara bakan aile üyelerinin yükünü hafifletiyor.",
            },
            objective={
                "en": "Offer dignified, affordable care at home and decent jobs for care workers.",
                "it": "Offrire un'assistenza domiciliare dignitosa e accessibile e un lavoro dignitoso a chi la presta.",
                "fr": "Offrir des soins à domicile dignes et abordables, et des emplois décents aux aides-soignants.",
                "es": "Ofrecer una atención domiciliaria digna y asequible, y empleo decente para quienes la prestan.",
                "tr": "Evde onurlu ve uygun maliyetli bakım sunmak, bakım çalışanlarına da insana yakışır iş sağlamak.",
            },
            results=(
                R(
                    "1",
                    ("Home care service running", "Servizio di assistenza domiciliare attivo"),
                    (
                        "Older people receiving regular home care",
                        "Persone anziane assistite regolarmente a domicilio",
                    ),
                    ("people", 0.08, 0.2),
                ),
                R(
                    "2",
                    ("Decent work for care workers", "Lavoro dignitoso per chi presta assistenza"),
                    (
                        "Share of care workers with a stable contract",
                        "Quota di operatori di assistenza con un contratto stabile",
                    ),
                    ("percent", 15, 35),
                ),
            ),
        ),
    ),
)

NON_HEALTH: tuple[Theme, ...] = (
    Theme(
        key="cooperative-enterprise",
        projects=30,
        goals=(8,),
        extra_goals=((1, 0.15), (5, 0.1), (10, 0.1), (17, 0.1)),
        targets=("8.3", "8.5", "8.10"),
        second_sectors=("16020", "11330"),
        cost_per_person=260,
        women_share=(0.4, 0.6),
        target_groups={
            "en": "Members and managers of new and existing cooperatives, young people and women looking for work.",
            "it": "Soci e dirigenti di cooperative nuove ed esistenti, giovani e donne in cerca di lavoro.",
            "fr": "Membres et dirigeants de coopératives nouvelles et existantes, jeunes et femmes à la recherche d'un emploi.",
            "es": "Socios y directivos de cooperativas nuevas y existentes, jóvenes y mujeres que buscan trabajo.",
            "tr": "Yeni ve mevcut kooperatiflerin üyeleri ve yöneticileri, iş arayan gençler ve kadınlar.",
        },
        variants=(
            Variant(
                key="worker-coops",
                sectors=("32130", "25030"),
                title={
                    "en": "Starting and strengthening worker cooperatives {loc}",
                    "it": "Avvio e consolidamento di cooperative di lavoro {loc}",
                    "fr": "Création et renforcement de coopératives de travail {loc}",
                    "es": "Creación y fortalecimiento de cooperativas de trabajo {loc}",
                    "tr": "{loc} işçi kooperatiflerinin kurulması ve güçlendirilmesi",
                },
                summary={
                    "en": "The project accompanies groups of workers {loc} from the business idea to a registered cooperative, with coaching on governance, bookkeeping and access to markets.",
                    "it": "Il progetto accompagna gruppi di lavoratori {loc} dall'idea d'impresa alla costituzione della cooperativa, con affiancamento su governance, contabilità e accesso ai mercati.",
                    "fr": "Le projet accompagne des groupes de travailleurs {loc} de l'idée d'entreprise jusqu'à la coopérative enregistrée, avec un appui en gouvernance, en comptabilité et en accès aux marchés.",
                    "es": "El proyecto acompaña a grupos de trabajadores {loc} desde la idea de negocio hasta la cooperativa registrada, con asesoría en gobernanza, contabilidad y acceso a mercados.",
                    "tr": "Proje, {loc} işçi gruplarına iş fikrinden tescilli bir kooperatife kadar eşlik ediyor; yönetişim, muhasebe ve pazara erişim konularında danışmanlık sağlıyor.",
                },
                objective={
                    "en": "Create decent, lasting jobs through worker-owned cooperative enterprises.",
                    "it": "Creare lavoro dignitoso e duraturo attraverso imprese cooperative di proprietà dei lavoratori.",
                    "fr": "Créer des emplois décents et durables grâce à des entreprises coopératives détenues par leurs travailleurs.",
                    "es": "Crear empleo decente y duradero mediante empresas cooperativas propiedad de sus trabajadores.",
                    "tr": "Çalışanların sahip olduğu kooperatif işletmeler aracılığıyla insana yakışır ve kalıcı işler yaratmak.",
                },
            ),
            Variant(
                key="youth-incubator",
                sectors=("25030", "16020"),
                title={
                    "en": "A cooperative business incubator for young people {loc}",
                    "it": "Un incubatore di imprese cooperative per i giovani {loc}",
                    "fr": "Un incubateur d'entreprises coopératives pour les jeunes {loc}",
                    "es": "Una incubadora de empresas cooperativas para jóvenes {loc}",
                    "tr": "{loc} gençler için kooperatif iş kuluçka merkezi",
                },
                summary={
                    "en": "Young people {loc} with a business idea join a cooperative incubator that offers training, mentoring by Italian cooperators and seed grants for the most promising start-ups.",
                    "it": "Giovani {loc} con un'idea d'impresa entrano in un incubatore cooperativo che offre formazione, tutoraggio da parte di cooperatori italiani e contributi di avviamento per le start-up più promettenti.",
                    "fr": "Des jeunes {loc} porteurs d'une idée d'entreprise intègrent un incubateur coopératif qui propose formation, parrainage par des coopérateurs italiens et subventions de démarrage pour les projets les plus prometteurs.",
                    "es": "Jóvenes {loc} con una idea de negocio se incorporan a una incubadora cooperativa que ofrece formación, mentoría de cooperativistas italianos y capital semilla para los emprendimientos más prometedores.",
                    "tr": "Proje kapsamında {loc} bir iş fikri olan gençler; eğitim, İtalyan kooperatifçilerden mentorluk ve en umut verici girişimler için başlangıç hibesi sunan bir kooperatif kuluçka merkezine katılıyor.",
                },
                objective={
                    "en": "Help young people turn their ideas into cooperative businesses and stable jobs.",
                    "it": "Aiutare i giovani a trasformare le proprie idee in imprese cooperative e in lavoro stabile.",
                    "fr": "Aider les jeunes à transformer leurs idées en entreprises coopératives et en emplois stables.",
                    "es": "Ayudar a los jóvenes a convertir sus ideas en empresas cooperativas y empleo estable.",
                    "tr": "Gençlerin fikirlerini kooperatif işletmelere ve istikrarlı işlere dönüştürmelerine yardımcı olmak.",
                },
            ),
            Variant(
                key="savings-credit",
                sectors=("24040", "24030"),
                targets=("8.10",),
                title={
                    "en": "Savings and credit cooperatives for small entrepreneurs {loc}",
                    "it": "Cooperative di risparmio e credito per piccoli imprenditori {loc}",
                    "fr": "Coopératives d'épargne et de crédit pour les petits entrepreneurs {loc}",
                    "es": "Cooperativas de ahorro y crédito para pequeños emprendedores {loc}",
                    "tr": "{loc} küçük girişimciler için tasarruf ve kredi kooperatifleri",
                },
                summary={
                    "en": "Savings and credit cooperatives {loc} improve their management, open service points in rural areas and design loans that fit the seasons of small businesses and farms.",
                    "it": "Le cooperative di risparmio e credito {loc} migliorano la propria gestione, aprono sportelli nelle zone rurali e mettono a punto prestiti adatti ai ritmi delle piccole imprese e delle aziende agricole.",
                    "fr": "Les coopératives d'épargne et de crédit {loc} améliorent leur gestion, ouvrent des points de service en zone rurale et conçoivent des prêts adaptés au rythme des petites entreprises et des exploitations agricoles.",
                    "es": "Las cooperativas de ahorro y crédito {loc} mejoran su gestión, abren puntos de atención en zonas rurales y diseñan préstamos adaptados a los ciclos de las pequeñas empresas y fincas.",
                    "tr": "Proje kapsamında {loc} tasarruf ve kredi kooperatifleri yönetimlerini iyileştiriyor, kırsal alanlarda hizmet noktaları açıyor ve küçük işletmelerle çiftliklerin mevsimlerine uygun krediler tasarlıyor.",
                },
                objective={
                    "en": "Give small entrepreneurs access to fair financial services owned by their members.",
                    "it": "Dare ai piccoli imprenditori accesso a servizi finanziari equi di proprietà dei soci.",
                    "fr": "Donner aux petits entrepreneurs l'accès à des services financiers équitables détenus par leurs membres.",
                    "es": "Dar a los pequeños emprendedores acceso a servicios financieros justos propiedad de sus socios.",
                    "tr": "Küçük girişimcilerin, üyelerine ait adil finansal hizmetlere erişmesini sağlamak.",
                },
            ),
            Variant(
                key="coop-movement",
                sectors=("25010",),
                title={
                    "en": "Supporting the cooperative movement and its federations {loc}",
                    "it": "Sostegno al movimento cooperativo e alle sue federazioni {loc}",
                    "fr": "Appui au mouvement coopératif et à ses fédérations {loc}",
                    "es": "Apoyo al movimiento cooperativo y a sus federaciones {loc}",
                    "tr": "{loc} kooperatif hareketine ve federasyonlarına destek",
                },
                summary={
                    "en": "Cooperative federations {loc} are helped to offer audit, training and advisory services to their members and to take part in the reform of cooperative law.",
                    "it": "Le federazioni cooperative {loc} vengono aiutate a offrire ai soci servizi di revisione, formazione e consulenza e a partecipare alla riforma della legge sulle cooperative.",
                    "fr": "Les fédérations coopératives {loc} sont aidées à offrir à leurs membres des services d'audit, de formation et de conseil et à participer à la réforme du droit coopératif.",
                    "es": "Se ayuda a las federaciones cooperativas {loc} a ofrecer a sus socios servicios de auditoría, formación y asesoría y a participar en la reforma de la ley de cooperativas.",
                    "tr": "Proje kapsamında {loc} kooperatif federasyonlarının üyelerine denetim, eğitim ve danışmanlık hizmetleri sunmasına ve kooperatifler kanununun reformuna katılmasına destek veriliyor.",
                },
                objective={
                    "en": "Build a stronger, self-governing cooperative movement able to represent its members.",
                    "it": "Costruire un movimento cooperativo più forte e autonomo, capace di rappresentare i propri soci.",
                    "fr": "Construire un mouvement coopératif plus fort et autonome, capable de représenter ses membres.",
                    "es": "Construir un movimiento cooperativo más fuerte y autónomo, capaz de representar a sus socios.",
                    "tr": "Üyelerini temsil edebilen, daha güçlü ve özerk bir kooperatif hareketi inşa etmek.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Cooperatives set up or strengthened", "Cooperative costituite o rafforzate"),
                ("Cooperatives set up or strengthened", "Cooperative costituite o rafforzate"),
                ("count", 6, 60),
            ),
            R(
                "2",
                ("Cooperatives grow their business", "Le cooperative fanno crescere la propria attività"),
                (
                    "Share of supported cooperatives with a higher turnover",
                    "Quota di cooperative sostenute con un fatturato in crescita",
                ),
                ("percent", 15, 35),
            ),
        ),
    ),
    Theme(
        key="agriculture",
        projects=30,
        goals=(2,),
        extra_goals=((12, 0.47), (8, 0.1), (1, 0.13), (5, 0.13), (13, 0.1), (3, 0.1)),
        targets=("2.3", "2.4", "12.3"),
        second_sectors=("43040", "31166", "32161"),
        cost_per_person=120,
        women_share=(0.35, 0.55),
        target_groups={
            "en": "Smallholder farmers and their families, members of agricultural and fishing cooperatives, women processors.",
            "it": "Piccoli agricoltori e le loro famiglie, soci di cooperative agricole e di pesca, donne impegnate nella trasformazione.",
            "fr": "Petits exploitants et leurs familles, membres de coopératives agricoles et de pêche, femmes transformatrices.",
            "es": "Pequeños productores y sus familias, socios de cooperativas agrícolas y pesqueras, mujeres transformadoras.",
            "tr": "Küçük üreticiler ve aileleri, tarım ve balıkçılık kooperatiflerinin üyeleri, ürün işleyen kadınlar.",
        },
        variants=(
            Variant(
                key="coffee-cocoa",
                sectors=("31162",),
                only=COFFEE_COCOA,
                title={
                    "en": "Coffee and cocoa cooperatives: quality, certification and fair prices {loc}",
                    "it": "Cooperative di caffè e cacao: qualità, certificazione e prezzi equi {loc}",
                    "fr": "Coopératives de café et de cacao : qualité, certification et prix équitables {loc}",
                    "es": "Cooperativas de café y cacao: calidad, certificación y precios justos {loc}",
                    "tr": "{loc} kahve ve kakao kooperatifleri: kalite, sertifikasyon ve adil fiyat",
                },
                summary={
                    "en": "Coffee and cocoa growers' cooperatives {loc} invest in drying and storage, train their members in quality control and obtain certifications that open better-paying markets.",
                    "it": "Le cooperative di produttori di caffè e cacao {loc} investono in essiccazione e stoccaggio, formano i soci al controllo qualità e ottengono certificazioni che aprono mercati meglio remunerati.",
                    "fr": "Les coopératives de producteurs de café et de cacao {loc} investissent dans le séchage et le stockage, forment leurs membres au contrôle de la qualité et obtiennent des certifications qui ouvrent des marchés plus rémunérateurs.",
                    "es": "Las cooperativas de productores de café y cacao {loc} invierten en secado y almacenamiento, capacitan a sus socios en control de calidad y obtienen certificaciones que abren mercados mejor pagados.",
                    "tr": "Proje kapsamında {loc} kahve ve kakao üreticisi kooperatifleri kurutma ve depolamaya yatırım yapıyor, üyelerine kalite kontrol eğitimi veriyor ve daha iyi ödeme yapan pazarların kapısını açan sertifikalar alıyor.",
                },
                objective={
                    "en": "Raise the income of smallholder growers through quality, certification and collective marketing.",
                    "it": "Aumentare il reddito dei piccoli produttori attraverso qualità, certificazione e commercializzazione collettiva.",
                    "fr": "Augmenter le revenu des petits producteurs grâce à la qualité, à la certification et à la commercialisation collective.",
                    "es": "Aumentar los ingresos de los pequeños productores mediante la calidad, la certificación y la comercialización colectiva.",
                    "tr": "Kalite, sertifikasyon ve ortak pazarlama yoluyla küçük üreticilerin gelirini artırmak.",
                },
            ),
            Variant(
                key="dairy",
                sectors=("31163",),
                title={
                    "en": "Dairy cooperatives for small livestock farmers {loc}",
                    "it": "Cooperative lattiero-casearie per i piccoli allevatori {loc}",
                    "fr": "Coopératives laitières pour les petits éleveurs {loc}",
                    "es": "Cooperativas lecheras para pequeños ganaderos {loc}",
                    "tr": "{loc} küçük hayvan yetiştiricileri için süt kooperatifleri",
                },
                summary={
                    "en": "Small livestock farmers {loc} pool their milk in cooperative collection centres with cooling tanks, improve animal health and feeding, and sell cheese and yoghurt under a shared brand.",
                    "it": "I piccoli allevatori {loc} conferiscono il latte a centri di raccolta cooperativi dotati di refrigeratori, migliorano la salute e l'alimentazione degli animali e vendono formaggi e yogurt con un marchio comune.",
                    "fr": "Les petits éleveurs {loc} regroupent leur lait dans des centres de collecte coopératifs équipés de tanks réfrigérés, améliorent la santé et l'alimentation du bétail et vendent fromages et yaourts sous une marque commune.",
                    "es": "Los pequeños ganaderos {loc} reúnen su leche en centros de acopio cooperativos con tanques de enfriamiento, mejoran la sanidad y la alimentación animal y venden quesos y yogures con una marca común.",
                    "tr": "Proje kapsamında {loc} küçük hayvan yetiştiricileri sütlerini soğutma tanklı kooperatif toplama merkezlerinde bir araya getiriyor, hayvan sağlığını ve beslenmesini iyileştiriyor, peynir ve yoğurdu ortak bir markayla satıyor.",
                },
                objective={
                    "en": "Make small-scale dairy farming a reliable source of income.",
                    "it": "Fare del piccolo allevamento da latte una fonte di reddito affidabile.",
                    "fr": "Faire du petit élevage laitier une source de revenu fiable.",
                    "es": "Convertir la pequeña ganadería lechera en una fuente de ingresos fiable.",
                    "tr": "Küçük ölçekli süt hayvancılığını güvenilir bir gelir kaynağı hâline getirmek.",
                },
            ),
            Variant(
                key="food-security",
                sectors=("31194", "31161"),
                title={
                    "en": "Agricultural cooperatives for food security {loc}",
                    "it": "Cooperative agricole per la sicurezza alimentare {loc}",
                    "fr": "Coopératives agricoles pour la sécurité alimentaire {loc}",
                    "es": "Cooperativas agrícolas para la seguridad alimentaria {loc}",
                    "tr": "{loc} gıda güvenliği için tarım kooperatifleri",
                },
                summary={
                    "en": "Farmers' cooperatives {loc} run seed banks, shared storage and bulk purchasing of inputs, so that families have enough food between harvests and a surplus to sell.",
                    "it": "Le cooperative agricole {loc} gestiscono banche dei semi, magazzini comuni e acquisti collettivi dei mezzi di produzione, perché le famiglie abbiano cibo a sufficienza tra un raccolto e l'altro e un surplus da vendere.",
                    "fr": "Les coopératives agricoles {loc} gèrent des banques de semences, des magasins communs et des achats groupés d'intrants, pour que les familles disposent d'assez de nourriture entre deux récoltes et d'un surplus à vendre.",
                    "es": "Las cooperativas agrícolas {loc} gestionan bancos de semillas, almacenes comunes y compras conjuntas de insumos, para que las familias tengan alimentos suficientes entre cosechas y un excedente para vender.",
                    "tr": "Proje kapsamında {loc} tarım kooperatifleri tohum bankaları, ortak depolar ve toplu girdi alımı yönetiyor; böylece aileler iki hasat arasında yeterli gıdaya ve satabilecekleri bir fazlaya sahip oluyor.",
                },
                objective={
                    "en": "Improve the food security and resilience of farming families through cooperation.",
                    "it": "Migliorare la sicurezza alimentare e la resilienza delle famiglie contadine attraverso la cooperazione.",
                    "fr": "Améliorer la sécurité alimentaire et la résilience des familles paysannes grâce à la coopération.",
                    "es": "Mejorar la seguridad alimentaria y la resiliencia de las familias campesinas mediante la cooperación.",
                    "tr": "İş birliği yoluyla çiftçi ailelerin gıda güvenliğini ve dayanıklılığını artırmak.",
                },
            ),
            Variant(
                key="processing",
                sectors=("32161",),
                targets=("12.3",),
                title={
                    "en": "Processing and marketing local produce through farmers' cooperatives {loc}",
                    "it": "Trasformazione e commercializzazione dei prodotti locali attraverso le cooperative agricole {loc}",
                    "fr": "Transformation et commercialisation des produits locaux par les coopératives paysannes {loc}",
                    "es": "Transformación y comercialización de productos locales a través de cooperativas campesinas {loc}",
                    "tr": "{loc} çiftçi kooperatifleri aracılığıyla yerel ürünlerin işlenmesi ve pazarlanması",
                },
                summary={
                    "en": "Cooperative processing units {loc} turn fruit, cereals and vegetables into products that keep longer, cutting post-harvest losses and bringing more of the final price back to the growers.",
                    "it": "Unità di trasformazione cooperative {loc} trasformano frutta, cereali e ortaggi in prodotti a lunga conservazione, riducendo le perdite dopo il raccolto e riportando ai produttori una parte maggiore del prezzo finale.",
                    "fr": "Des unités de transformation coopératives {loc} transforment fruits, céréales et légumes en produits qui se conservent plus longtemps, réduisant les pertes après récolte et rendant aux producteurs une plus grande part du prix final.",
                    "es": "Plantas de transformación cooperativas {loc} convierten frutas, cereales y hortalizas en productos de mayor duración, reduciendo las pérdidas poscosecha y devolviendo a los productores una mayor parte del precio final.",
                    "tr": "Proje kapsamında {loc} kooperatif işleme birimleri meyve, tahıl ve sebzeleri daha uzun süre dayanan ürünlere dönüştürerek hasat sonrası kayıpları azaltıyor ve nihai fiyattan üreticilere daha büyük pay kalmasını sağlıyor.",
                },
                objective={
                    "en": "Reduce food losses and add value to local produce within the cooperatives.",
                    "it": "Ridurre gli sprechi alimentari e aggiungere valore ai prodotti locali all'interno delle cooperative.",
                    "fr": "Réduire les pertes alimentaires et ajouter de la valeur aux produits locaux au sein des coopératives.",
                    "es": "Reducir las pérdidas de alimentos y agregar valor a los productos locales dentro de las cooperativas.",
                    "tr": "Gıda kayıplarını azaltmak ve yerel ürünlere kooperatifler içinde katma değer kazandırmak.",
                },
            ),
            Variant(
                key="fisheries",
                sectors=("31320",),
                exclude=LANDLOCKED,
                title={
                    "en": "Small-scale fishing cooperatives and sustainable fisheries {loc}",
                    "it": "Cooperative di piccola pesca e pesca sostenibile {loc}",
                    "fr": "Coopératives de pêche artisanale et pêche durable {loc}",
                    "es": "Cooperativas de pesca artesanal y pesca sostenible {loc}",
                    "tr": "{loc} küçük ölçekli balıkçılık kooperatifleri ve sürdürülebilir balıkçılık",
                },
                summary={
                    "en": "Fishing cooperatives {loc} agree on local fishing rules with the authorities, get cold storage and better boats, and women fish processors organise to sell smoked and dried fish.",
                    "it": "Le cooperative di pescatori {loc} concordano con le autorità regole di pesca locali, si dotano di celle frigorifere e imbarcazioni migliori, mentre le donne che trasformano il pescato si organizzano per vendere pesce affumicato ed essiccato.",
                    "fr": "Les coopératives de pêcheurs {loc} conviennent de règles de pêche locales avec les autorités, s'équipent de chambres froides et de meilleures embarcations, et les transformatrices s'organisent pour vendre du poisson fumé et séché.",
                    "es": "Las cooperativas pesqueras {loc} acuerdan reglas de pesca locales con las autoridades, obtienen cámaras de frío y mejores embarcaciones, y las mujeres procesadoras se organizan para vender pescado ahumado y seco.",
                    "tr": "Proje kapsamında {loc} balıkçı kooperatifleri yetkililerle yerel avlanma kurallarında uzlaşıyor, soğuk hava depoları ve daha iyi teknelerle donatılıyor; balık işleyen kadınlar da tütsülenmiş ve kurutulmuş balık satmak için örgütleniyor.",
                },
                objective={
                    "en": "Secure fishing livelihoods while protecting the fish stocks they depend on.",
                    "it": "Garantire il reddito dei pescatori proteggendo le risorse ittiche da cui dipende.",
                    "fr": "Assurer les moyens de subsistance des pêcheurs tout en protégeant les ressources halieutiques dont ils dépendent.",
                    "es": "Asegurar los medios de vida de la pesca protegiendo las poblaciones de peces de las que dependen.",
                    "tr": "Balıkçılığa dayalı geçim kaynaklarını, bağlı oldukları balık stoklarını koruyarak güvence altına almak.",
                },
            ),
            Variant(
                key="agroecology",
                sectors=("31166", "31120"),
                targets=("2.4",),
                title={
                    "en": "Agroecology and farmer field schools {loc}",
                    "it": "Agroecologia e scuole di campo per agricoltori {loc}",
                    "fr": "Agroécologie et champs-écoles paysans {loc}",
                    "es": "Agroecología y escuelas de campo para agricultores {loc}",
                    "tr": "{loc} agroekoloji ve çiftçi tarla okulları",
                },
                summary={
                    "en": "Farmer field schools run by the cooperatives {loc} test composting, crop rotation and water-saving techniques on demonstration plots that neighbours can visit and copy.",
                    "it": "Scuole di campo gestite dalle cooperative {loc} sperimentano compostaggio, rotazione delle colture e tecniche di risparmio idrico in parcelle dimostrative che i vicini possono visitare e replicare.",
                    "fr": "Des champs-écoles animés par les coopératives {loc} testent le compostage, la rotation des cultures et des techniques d'économie d'eau sur des parcelles de démonstration que les voisins peuvent visiter et reproduire.",
                    "es": "Escuelas de campo gestionadas por las cooperativas {loc} prueban el compostaje, la rotación de cultivos y técnicas de ahorro de agua en parcelas demostrativas que los vecinos pueden visitar y replicar.",
                    "tr": "Proje kapsamında {loc} kooperatiflerin yürüttüğü çiftçi tarla okulları kompost, ürün rotasyonu ve su tasarrufu tekniklerini komşuların ziyaret edip örnek alabileceği gösteri parsellerinde deniyor.",
                },
                objective={
                    "en": "Spread farming practices that raise yields while restoring soil and saving water.",
                    "it": "Diffondere pratiche agricole che aumentano le rese rigenerando il suolo e risparmiando acqua.",
                    "fr": "Diffuser des pratiques agricoles qui augmentent les rendements tout en restaurant les sols et en économisant l'eau.",
                    "es": "Difundir prácticas agrícolas que aumentan los rendimientos mientras restauran el suelo y ahorran agua.",
                    "tr": "Toprağı iyileştirip su tasarrufu sağlarken verimi artıran tarım uygulamalarını yaygınlaştırmak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Farmers apply improved practices", "Gli agricoltori adottano pratiche migliorate"),
                ("Farmers trained in improved practices", "Agricoltori formati a pratiche migliorate"),
                ("people", 0.4, 0.7),
            ),
            R(
                "2",
                ("More produce sold collectively", "Più prodotto venduto collettivamente"),
                (
                    "Share of members' production sold through the cooperatives",
                    "Quota della produzione dei soci venduta tramite le cooperative",
                ),
                ("percent", 15, 35),
            ),
        ),
    ),
    Theme(
        key="fair-trade",
        projects=12,
        goals=(12,),
        extra_goals=((8, 0.25), (17, 0.17), (5, 0.08)),
        targets=("12.8", "12.6"),
        second_sectors=("33120", "25030"),
        cost_per_person=150,
        women_share=(0.45, 0.7),
        target_groups={
            "en": "Producer cooperatives and artisans, consumer cooperatives and their members in Italy.",
            "it": "Cooperative di produttori e artigiani, cooperative di consumo e i loro soci in Italia.",
            "fr": "Coopératives de producteurs et artisans, coopératives de consommateurs et leurs membres en Italie.",
            "es": "Cooperativas de productores y artesanos, cooperativas de consumo y sus socios en Italia.",
            "tr": "Üretici kooperatifleri ve zanaatkârlar, İtalya'daki tüketici kooperatifleri ve üyeleri.",
        },
        variants=(
            Variant(
                key="fair-trade-chains",
                sectors=("33120", "32161"),
                title={
                    "en": "Fair trade supply chains between producer cooperatives {loc} and Italian consumer cooperatives",
                    "it": "Filiere di commercio equo tra cooperative di produttori {loc} e cooperative di consumo italiane",
                    "fr": "Filières de commerce équitable entre coopératives de producteurs {loc} et coopératives de consommateurs italiennes",
                    "es": "Cadenas de comercio justo entre cooperativas de productores {loc} y cooperativas de consumo italianas",
                    "tr": "{loc} üretici kooperatifleri ile İtalyan tüketici kooperatifleri arasında adil ticaret zincirleri",
                },
                summary={
                    "en": "Producer cooperatives {loc} and Italian consumer cooperatives sign long-term purchase agreements with fair prices, shared quality standards and a premium invested in the producers' communities.",
                    "it": "Cooperative di produttori {loc} e cooperative di consumo italiane firmano accordi di acquisto pluriennali con prezzi equi, standard di qualità condivisi e un premio reinvestito nelle comunità dei produttori.",
                    "fr": "Des coopératives de producteurs {loc} et des coopératives de consommateurs italiennes signent des accords d'achat pluriannuels à prix équitables, avec des normes de qualité partagées et une prime réinvestie dans les communautés productrices.",
                    "es": "Cooperativas de productores {loc} y cooperativas de consumo italianas firman acuerdos de compra plurianuales con precios justos, estándares de calidad compartidos y una prima que se reinvierte en las comunidades productoras.",
                    "tr": "Proje kapsamında {loc} üretici kooperatifleri ile İtalyan tüketici kooperatifleri adil fiyatlı, ortak kalite standartlarına dayanan ve primi üretici topluluklarına yeniden yatırılan uzun vadeli alım anlaşmaları imzalıyor.",
                },
                objective={
                    "en": "Build fair, stable trade relations from cooperative to cooperative.",
                    "it": "Costruire rapporti commerciali equi e stabili da cooperativa a cooperativa.",
                    "fr": "Construire des relations commerciales équitables et stables de coopérative à coopérative.",
                    "es": "Construir relaciones comerciales justas y estables de cooperativa a cooperativa.",
                    "tr": "Kooperatiften kooperatife adil ve istikrarlı ticari ilişkiler kurmak.",
                },
            ),
            Variant(
                key="textiles-crafts",
                sectors=("32163", "32140"),
                title={
                    "en": "Sustainable textile and handicraft cooperatives {loc}",
                    "it": "Cooperative tessili e artigiane sostenibili {loc}",
                    "fr": "Coopératives textiles et artisanales durables {loc}",
                    "es": "Cooperativas textiles y artesanales sostenibles {loc}",
                    "tr": "{loc} sürdürülebilir tekstil ve el sanatları kooperatifleri",
                },
                summary={
                    "en": "Weavers and artisans {loc} organised in cooperatives switch to natural dyes and traceable fibres, work with Italian designers on new collections and sell through ethical retailers.",
                    "it": "Tessitrici e artigiani {loc} riuniti in cooperative passano a tinture naturali e fibre tracciabili, lavorano con designer italiani a nuove collezioni e vendono attraverso canali di commercio etico.",
                    "fr": "Des tisserandes et artisans {loc} organisés en coopératives adoptent des teintures naturelles et des fibres traçables, créent de nouvelles collections avec des designers italiens et vendent via des circuits de commerce éthique.",
                    "es": "Tejedoras y artesanos {loc} organizados en cooperativas adoptan tintes naturales y fibras trazables, trabajan con diseñadores italianos en nuevas colecciones y venden a través de canales de comercio ético.",
                    "tr": "Proje kapsamında {loc} kooperatiflerde örgütlenen dokumacılar ve zanaatkârlar doğal boyalara ve izlenebilir liflere geçiyor, İtalyan tasarımcılarla yeni koleksiyonlar hazırlıyor ve etik perakendeciler aracılığıyla satış yapıyor.",
                },
                objective={
                    "en": "Make traditional crafts a sustainable business for the cooperatives that keep them alive.",
                    "it": "Fare dell'artigianato tradizionale un'attività sostenibile per le cooperative che lo mantengono vivo.",
                    "fr": "Faire de l'artisanat traditionnel une activité durable pour les coopératives qui le font vivre.",
                    "es": "Convertir la artesanía tradicional en un negocio sostenible para las cooperativas que la mantienen viva.",
                    "tr": "Geleneksel el sanatlarını, onları yaşatan kooperatifler için sürdürülebilir bir işe dönüştürmek.",
                },
            ),
            Variant(
                key="short-chains",
                sectors=("25030", "43073"),
                title={
                    "en": "Responsible consumption and short food supply chains {loc}",
                    "it": "Consumo responsabile e filiere alimentari corte {loc}",
                    "fr": "Consommation responsable et circuits alimentaires courts {loc}",
                    "es": "Consumo responsable y circuitos cortos de comercialización {loc}",
                    "tr": "{loc} sorumlu tüketim ve kısa gıda tedarik zincirleri",
                },
                summary={
                    "en": "Producer and consumer cooperatives {loc} open farmers' markets and solidarity purchasing groups, with clear labelling of origin and awareness campaigns on food waste.",
                    "it": "Cooperative di produttori e di consumatori {loc} aprono mercati contadini e gruppi di acquisto solidale, con un'etichettatura chiara dell'origine e campagne di sensibilizzazione sullo spreco alimentare.",
                    "fr": "Des coopératives de producteurs et de consommateurs {loc} ouvrent des marchés paysans et des groupements d'achat solidaires, avec un étiquetage clair de l'origine et des campagnes contre le gaspillage alimentaire.",
                    "es": "Cooperativas de productores y de consumidores {loc} abren mercados campesinos y grupos de compra solidaria, con un etiquetado claro del origen y campañas de sensibilización sobre el desperdicio de alimentos.",
                    "tr": "Proje kapsamında {loc} üretici ve tüketici kooperatifleri, kökenin açıkça etiketlendiği üretici pazarları ve dayanışmacı satın alma grupları kuruyor, gıda israfına karşı farkındalık kampanyaları düzenliyor.",
                },
                objective={
                    "en": "Bring producers and consumers closer and make sustainable food choices easier.",
                    "it": "Avvicinare produttori e consumatori e rendere più semplici le scelte alimentari sostenibili.",
                    "fr": "Rapprocher producteurs et consommateurs et faciliter des choix alimentaires durables.",
                    "es": "Acercar productores y consumidores y facilitar elecciones alimentarias sostenibles.",
                    "tr": "Üreticiyle tüketiciyi yakınlaştırmak ve sürdürülebilir gıda tercihlerini kolaylaştırmak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                (
                    "Producers reach fair and certified markets",
                    "I produttori accedono a mercati equi e certificati",
                ),
                (
                    "Producers certified under fair trade or organic standards",
                    "Produttori certificati secondo standard equosolidali o biologici",
                ),
                ("people", 0.3, 0.5),
            ),
            R(
                "2",
                ("Fairer income for producers", "Reddito più equo per i produttori"),
                (
                    "Share of sales made at fair trade conditions",
                    "Quota delle vendite realizzate a condizioni di commercio equo",
                ),
                ("percent", 10, 30),
            ),
        ),
    ),
    Theme(
        key="circular-economy",
        projects=9,
        goals=(12,),
        extra_goals=((11, 0.45), (8, 0.12)),
        targets=("12.5",),
        second_sectors=("41010", "32130"),
        cost_per_person=300,
        women_share=(0.4, 0.6),
        target_groups={
            "en": "Informal waste pickers, local authorities, households and small repair businesses.",
            "it": "Raccoglitori informali di rifiuti, enti locali, famiglie e piccole imprese di riparazione.",
            "fr": "Récupérateurs informels de déchets, collectivités locales, ménages et petites entreprises de réparation.",
            "es": "Recicladores informales, autoridades locales, hogares y pequeños talleres de reparación.",
            "tr": "Kayıt dışı atık toplayıcılar, yerel yönetimler, haneler ve küçük onarım işletmeleri.",
        },
        variants=(
            Variant(
                key="waste-pickers",
                sectors=("14050",),
                title={
                    "en": "Waste picker cooperatives and recycling {loc}",
                    "it": "Cooperative di raccoglitori di rifiuti e riciclo {loc}",
                    "fr": "Coopératives de récupérateurs de déchets et recyclage {loc}",
                    "es": "Cooperativas de recicladores y reciclaje {loc}",
                    "tr": "{loc} atık toplayıcı kooperatifleri ve geri dönüşüm",
                },
                summary={
                    "en": "Informal waste pickers {loc} form cooperatives, sign separate-collection contracts with the municipalities and run sorting centres with safe working conditions.",
                    "it": "I raccoglitori informali di rifiuti {loc} si costituiscono in cooperative, firmano contratti per la raccolta differenziata con i comuni e gestiscono centri di selezione con condizioni di lavoro sicure.",
                    "fr": "Les récupérateurs informels {loc} se constituent en coopératives, signent des contrats de collecte sélective avec les municipalités et gèrent des centres de tri aux conditions de travail sûres.",
                    "es": "Los recicladores informales {loc} forman cooperativas, firman contratos de recolección selectiva con los municipios y gestionan centros de clasificación con condiciones de trabajo seguras.",
                    "tr": "Proje kapsamında {loc} kayıt dışı atık toplayıcılar kooperatif kuruyor, belediyelerle ayrı toplama sözleşmeleri imzalıyor ve güvenli çalışma koşullarına sahip ayrıştırma merkezleri işletiyor.",
                },
                objective={
                    "en": "Recycle more while giving waste pickers recognised, safe and paid work.",
                    "it": "Riciclare di più offrendo ai raccoglitori un lavoro riconosciuto, sicuro e retribuito.",
                    "fr": "Recycler davantage tout en offrant aux récupérateurs un travail reconnu, sûr et rémunéré.",
                    "es": "Reciclar más ofreciendo a los recicladores un trabajo reconocido, seguro y remunerado.",
                    "tr": "Atık toplayıcılara tanınan, güvenli ve ücretli bir iş sunarken geri dönüşümü artırmak.",
                },
            ),
            Variant(
                key="repair-reuse",
                sectors=("14050", "32130"),
                title={
                    "en": "Circular economy: repair and reuse cooperatives {loc}",
                    "it": "Economia circolare: cooperative di riparazione e riuso {loc}",
                    "fr": "Économie circulaire : coopératives de réparation et de réemploi {loc}",
                    "es": "Economía circular: cooperativas de reparación y reutilización {loc}",
                    "tr": "{loc} döngüsel ekonomi: onarım ve yeniden kullanım kooperatifleri",
                },
                summary={
                    "en": "New cooperatives {loc} collect used furniture, electronics and clothes, repair them in shared workshops and sell them at low prices, creating jobs for people far from the labour market.",
                    "it": "Nuove cooperative {loc} raccolgono mobili, apparecchi elettronici e abiti usati, li riparano in laboratori condivisi e li rivendono a prezzi contenuti, creando lavoro per persone lontane dal mercato del lavoro.",
                    "fr": "De nouvelles coopératives {loc} collectent meubles, appareils électroniques et vêtements usagés, les réparent dans des ateliers partagés et les revendent à bas prix, en créant des emplois pour des personnes éloignées du marché du travail.",
                    "es": "Nuevas cooperativas {loc} recogen muebles, aparatos electrónicos y ropa usada, los reparan en talleres compartidos y los venden a precios bajos, creando empleo para personas alejadas del mercado laboral.",
                    "tr": "Proje kapsamında {loc} yeni kooperatifler kullanılmış mobilya, elektronik eşya ve giysileri topluyor, ortak atölyelerde onarıyor ve düşük fiyatlarla satıyor; böylece iş piyasasından uzak kalmış kişilere istihdam yaratıyor.",
                },
                objective={
                    "en": "Keep goods in use longer and turn waste into work.",
                    "it": "Allungare la vita dei beni e trasformare i rifiuti in lavoro.",
                    "fr": "Prolonger la vie des objets et transformer les déchets en emplois.",
                    "es": "Alargar la vida de los bienes y convertir los residuos en trabajo.",
                    "tr": "Eşyaların kullanım ömrünü uzatmak ve atığı işe dönüştürmek.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Waste collected and recycled", "Rifiuti raccolti e riciclati"),
                ("Tonnes of waste collected and recycled", "Tonnellate di rifiuti raccolti e riciclati"),
                ("count", 200, 5000),
            ),
            R(
                "2",
                ("Formal, safer work", "Lavoro regolare e più sicuro"),
                (
                    "Share of cooperative workers with a formal contract",
                    "Quota di lavoratori delle cooperative con un contratto regolare",
                ),
                ("percent", 5, 25),
            ),
        ),
    ),
    Theme(
        key="water",
        projects=9,
        goals=(6,),
        extra_goals=((3, 0.67), (5, 0.23)),
        targets=("6.1", "6.2"),
        second_sectors=("14081", "11220"),
        cost_per_person=28,
        women_share=(0.5, 0.56),
        target_groups={
            "en": "Rural households, pupils and teachers, water committees and local authorities.",
            "it": "Famiglie rurali, alunni e insegnanti, comitati dell'acqua ed enti locali.",
            "fr": "Ménages ruraux, élèves et enseignants, comités de gestion de l'eau et collectivités locales.",
            "es": "Familias rurales, alumnado y docentes, juntas de agua y autoridades locales.",
            "tr": "Kırsal haneler, öğrenciler ve öğretmenler, su komiteleri ve yerel yönetimler.",
        },
        variants=(
            Variant(
                key="water-systems",
                sectors=("14031",),
                targets=("6.1",),
                title={
                    "en": "Community-managed drinking water systems {loc}",
                    "it": "Sistemi idrici gestiti dalle comunità {loc}",
                    "fr": "Systèmes d'eau potable gérés par les communautés {loc}",
                    "es": "Sistemas de agua potable gestionados por la comunidad {loc}",
                    "tr": "{loc} topluluk tarafından yönetilen içme suyu sistemleri",
                },
                summary={
                    "en": "Villages {loc} build or repair wells, solar pumps and distribution networks, and set up water user cooperatives that collect fees and pay for maintenance.",
                    "it": "I villaggi {loc} costruiscono o riparano pozzi, pompe solari e reti di distribuzione e costituiscono cooperative di utenti che riscuotono le tariffe e pagano la manutenzione.",
                    "fr": "Des villages {loc} construisent ou réhabilitent puits, pompes solaires et réseaux de distribution, et créent des coopératives d'usagers qui perçoivent les redevances et financent l'entretien.",
                    "es": "Comunidades {loc} construyen o rehabilitan pozos, bombas solares y redes de distribución, y crean cooperativas de usuarios que cobran las tarifas y pagan el mantenimiento.",
                    "tr": "Proje kapsamında {loc} köyler kuyular, güneş enerjili pompalar ve dağıtım şebekeleri inşa ediyor ya da onarıyor; ücretleri toplayıp bakımı karşılayan su kullanıcı kooperatifleri kuruyor.",
                },
                objective={
                    "en": "Give rural communities safe water that they can manage and maintain themselves.",
                    "it": "Garantire alle comunità rurali acqua sicura che possano gestire e mantenere da sole.",
                    "fr": "Donner aux communautés rurales une eau potable qu'elles peuvent gérer et entretenir elles-mêmes.",
                    "es": "Dar a las comunidades rurales agua segura que puedan gestionar y mantener por sí mismas.",
                    "tr": "Kırsal topluluklara kendi yönetip bakımını yapabilecekleri güvenli su sağlamak.",
                },
            ),
            Variant(
                key="wash-schools",
                sectors=("14030", "14032"),
                targets=("6.2",),
                title={
                    "en": "Water, sanitation and hygiene in schools and villages {loc}",
                    "it": "Acqua, servizi igienici e igiene nelle scuole e nei villaggi {loc}",
                    "fr": "Eau, assainissement et hygiène dans les écoles et les villages {loc}",
                    "es": "Agua, saneamiento e higiene en escuelas y comunidades {loc}",
                    "tr": "{loc} okullarda ve köylerde su, sanitasyon ve hijyen",
                },
                summary={
                    "en": "Schools and villages {loc} get latrines, handwashing stations and rainwater tanks built by local cooperatives, while pupils lead hygiene campaigns in their families.",
                    "it": "Scuole e villaggi {loc} vengono dotati di latrine, punti per il lavaggio delle mani e cisterne per l'acqua piovana costruiti da cooperative locali, mentre gli alunni guidano campagne sull'igiene nelle proprie famiglie.",
                    "fr": "Des écoles et des villages {loc} sont équipés de latrines, de points de lavage des mains et de citernes d'eau de pluie construits par des coopératives locales, tandis que les élèves mènent des campagnes d'hygiène dans leurs familles.",
                    "es": "Escuelas y comunidades {loc} reciben letrinas, puntos de lavado de manos y tanques de agua de lluvia construidos por cooperativas locales, mientras el alumnado lidera campañas de higiene en sus familias.",
                    "tr": "Proje kapsamında {loc} okullar ve köyler yerel kooperatiflerin inşa ettiği tuvaletlere, el yıkama noktalarına ve yağmur suyu tanklarına kavuşuyor; öğrenciler de ailelerinde hijyen kampanyalarına öncülük ediyor.",
                },
                objective={
                    "en": "Reduce water-borne diseases through sanitation and hygiene.",
                    "it": "Ridurre le malattie legate all'acqua grazie ai servizi igienici e all'igiene.",
                    "fr": "Réduire les maladies d'origine hydrique grâce à l'assainissement et à l'hygiène.",
                    "es": "Reducir las enfermedades de origen hídrico mediante el saneamiento y la higiene.",
                    "tr": "Sanitasyon ve hijyen yoluyla su kaynaklı hastalıkları azaltmak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Access to safe water", "Accesso all'acqua sicura"),
                (
                    "People with access to a new or improved water point",
                    "Persone con accesso a un punto d'acqua nuovo o migliorato",
                ),
                ("people", 0.7, 0.95),
            ),
            R(
                "2",
                ("Water services that last", "Servizi idrici che durano nel tempo"),
                (
                    "Share of water committees covering their maintenance costs",
                    "Quota di comitati dell'acqua che coprono i costi di manutenzione",
                ),
                ("percent", 10, 30),
            ),
        ),
    ),
    Theme(
        key="education",
        projects=14,
        goals=(4,),
        extra_goals=((8, 0.15), (5, 0.2), (10, 0.14)),
        targets=("4.4", "4.2"),
        second_sectors=("16020", "11231"),
        cost_per_person=420,
        women_share=(0.45, 0.6),
        target_groups={
            "en": "Young people out of school or out of work, teachers and trainers, small children and their families.",
            "it": "Giovani fuori dalla scuola o senza lavoro, insegnanti e formatori, bambini piccoli e le loro famiglie.",
            "fr": "Jeunes déscolarisés ou sans emploi, enseignants et formateurs, jeunes enfants et leurs familles.",
            "es": "Jóvenes fuera de la escuela o sin empleo, docentes y formadores, niños pequeños y sus familias.",
            "tr": "Okul dışında ya da işsiz gençler, öğretmenler ve eğitmenler, küçük çocuklar ve aileleri.",
        },
        variants=(
            Variant(
                key="vocational",
                sectors=("11330",),
                targets=("4.4",),
                title={
                    "en": "Vocational training and cooperative entrepreneurship for young people {loc}",
                    "it": "Formazione professionale e imprenditorialità cooperativa per i giovani {loc}",
                    "fr": "Formation professionnelle et entrepreneuriat coopératif pour les jeunes {loc}",
                    "es": "Formación profesional y emprendimiento cooperativo para jóvenes {loc}",
                    "tr": "{loc} gençler için mesleki eğitim ve kooperatif girişimciliği",
                },
                summary={
                    "en": "Training centres {loc} offer courses in trades the local economy needs, combined with internships in cooperatives and a module on starting a cooperative business.",
                    "it": "Centri di formazione {loc} offrono corsi nei mestieri richiesti dall'economia locale, abbinati a tirocini in cooperativa e a un modulo sull'avvio di un'impresa cooperativa.",
                    "fr": "Des centres de formation {loc} proposent des cours dans les métiers dont l'économie locale a besoin, combinés à des stages en coopérative et à un module sur la création d'une entreprise coopérative.",
                    "es": "Centros de formación {loc} ofrecen cursos en los oficios que necesita la economía local, combinados con prácticas en cooperativas y un módulo sobre cómo crear una empresa cooperativa.",
                    "tr": "Proje kapsamında {loc} eğitim merkezleri yerel ekonominin ihtiyaç duyduğu mesleklerde kurslar veriyor; bunlara kooperatiflerde staj ve kooperatif işletme kurma üzerine bir modül eşlik ediyor.",
                },
                objective={
                    "en": "Improve young people's employability and their chances of starting their own business.",
                    "it": "Migliorare l'occupabilità dei giovani e le loro possibilità di avviare un'attività propria.",
                    "fr": "Améliorer l'employabilité des jeunes et leurs chances de créer leur propre activité.",
                    "es": "Mejorar la empleabilidad de los jóvenes y sus posibilidades de emprender su propio negocio.",
                    "tr": "Gençlerin istihdam edilebilirliğini ve kendi işlerini kurma şanslarını artırmak.",
                },
            ),
            Variant(
                key="early-childhood",
                sectors=("11240",),
                targets=("4.2",),
                title={
                    "en": "Inclusive early childhood education run by social cooperatives {loc}",
                    "it": "Servizi educativi inclusivi per la prima infanzia gestiti da cooperative sociali {loc}",
                    "fr": "Éducation inclusive de la petite enfance gérée par des coopératives sociales {loc}",
                    "es": "Educación infantil inclusiva gestionada por cooperativas sociales {loc}",
                    "tr": "{loc} sosyal kooperatiflerin yürüttüğü kapsayıcı erken çocukluk eğitimi",
                },
                summary={
                    "en": "Following the Italian model of cooperative nursery schools, the project {loc} trains educators, refurbishes classrooms and opens places for children with disabilities.",
                    "it": "Sul modello italiano dei nidi e delle scuole dell'infanzia in cooperativa, il progetto {loc} forma educatrici ed educatori, ristruttura le aule e apre posti per bambini con disabilità.",
                    "fr": "S'inspirant du modèle italien des crèches et écoles maternelles coopératives, le projet {loc} forme des éducateurs, rénove des salles de classe et ouvre des places aux enfants en situation de handicap.",
                    "es": "Siguiendo el modelo italiano de escuelas infantiles cooperativas, el proyecto {loc} forma a educadoras y educadores, rehabilita aulas y abre plazas para niños y niñas con discapacidad.",
                    "tr": "İtalya'daki kooperatif kreş ve anaokulu modelinden esinlenen proje, {loc} eğitimcileri yetiştiriyor, sınıfları yeniliyor ve engelli çocuklar için yer açıyor.",
                },
                objective={
                    "en": "Give every child a good start, whatever their family's income or abilities.",
                    "it": "Offrire a ogni bambino un buon inizio, qualunque siano il reddito della famiglia o le sue capacità.",
                    "fr": "Offrir à chaque enfant un bon départ, quels que soient les revenus de sa famille ou ses capacités.",
                    "es": "Dar a cada niño y niña un buen comienzo, sean cuales sean los ingresos de su familia o sus capacidades.",
                    "tr": "Ailesinin geliri ya da yetenekleri ne olursa olsun her çocuğa iyi bir başlangıç sunmak.",
                },
            ),
            Variant(
                key="youth-skills",
                sectors=("11231",),
                targets=("4.4",),
                title={
                    "en": "Life skills and digital skills for out-of-school youth {loc}",
                    "it": "Competenze per la vita e competenze digitali per i giovani fuori dalla scuola {loc}",
                    "fr": "Compétences de vie et compétences numériques pour les jeunes déscolarisés {loc}",
                    "es": "Habilidades para la vida y competencias digitales para jóvenes fuera de la escuela {loc}",
                    "tr": "{loc} okul dışındaki gençler için yaşam becerileri ve dijital beceriler",
                },
                summary={
                    "en": "Youth centres {loc} run by local associations offer literacy, digital skills and life-skills courses, and help young people go back to school or into training.",
                    "it": "Centri giovanili {loc} gestiti da associazioni locali offrono corsi di alfabetizzazione, competenze digitali e competenze per la vita, e aiutano i giovani a tornare a scuola o in formazione.",
                    "fr": "Des centres de jeunes {loc} gérés par des associations locales proposent des cours d'alphabétisation, de compétences numériques et de compétences de vie, et aident les jeunes à reprendre l'école ou une formation.",
                    "es": "Centros juveniles {loc} gestionados por asociaciones locales ofrecen cursos de alfabetización, competencias digitales y habilidades para la vida, y ayudan a los jóvenes a volver a la escuela o a la formación.",
                    "tr": "Proje kapsamında {loc} yerel derneklerin yürüttüğü gençlik merkezleri okuma yazma, dijital beceri ve yaşam becerileri kursları veriyor, gençlerin okula ya da eğitime dönmesine yardımcı oluyor.",
                },
                objective={
                    "en": "Bring young people who left school back into education, training or work.",
                    "it": "Riportare i giovani che hanno lasciato la scuola verso l'istruzione, la formazione o il lavoro.",
                    "fr": "Ramener les jeunes qui ont quitté l'école vers l'éducation, la formation ou l'emploi.",
                    "es": "Devolver a la educación, la formación o el empleo a los jóvenes que dejaron la escuela.",
                    "tr": "Okulu bırakmış gençleri yeniden eğitime, mesleki eğitime ya da işe kazandırmak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Young people trained", "Giovani formati"),
                ("Young people completing a training course", "Giovani che completano un percorso formativo"),
                ("people", 0.4, 0.7),
            ),
            R(
                "2",
                ("Trainees find work", "I partecipanti trovano lavoro"),
                (
                    "Share of trainees employed or self-employed six months after the course",
                    "Quota di partecipanti occupati o in proprio sei mesi dopo il corso",
                ),
                ("percent", 15, 30),
            ),
        ),
    ),
    Theme(
        key="women",
        projects=14,
        goals=(5,),
        extra_goals=((8, 0.07), (10, 0.22), (1, 0.15)),
        targets=("5.5", "5.a", "5.2"),
        second_sectors=("32130", "31194"),
        cost_per_person=210,
        women_share=(0.78, 0.92),
        target_groups={
            "en": "Women and girls, women's cooperatives and groups, survivors of violence, community leaders.",
            "it": "Donne e ragazze, cooperative e gruppi di donne, sopravvissute alla violenza, leader comunitari.",
            "fr": "Femmes et filles, coopératives et groupements de femmes, survivantes de violences, leaders communautaires.",
            "es": "Mujeres y niñas, cooperativas y grupos de mujeres, sobrevivientes de violencia, liderazgos comunitarios.",
            "tr": "Kadınlar ve kız çocukları, kadın kooperatifleri ve grupları, şiddetten kurtulan kadınlar, toplum liderleri.",
        },
        variants=(
            Variant(
                key="women-coops",
                sectors=("15170",),
                targets=("5.5",),
                title={
                    "en": "Women's cooperatives and economic empowerment {loc}",
                    "it": "Cooperative di donne ed empowerment economico {loc}",
                    "fr": "Coopératives de femmes et autonomisation économique {loc}",
                    "es": "Cooperativas de mujeres y empoderamiento económico {loc}",
                    "tr": "{loc} kadın kooperatifleri ve ekonomik güçlenme",
                },
                summary={
                    "en": "Women's groups {loc} become registered cooperatives, learn to manage their businesses and take leadership roles in local cooperative unions.",
                    "it": "Gruppi di donne {loc} diventano cooperative registrate, imparano a gestire le proprie attività e assumono ruoli di guida nelle unioni cooperative locali.",
                    "fr": "Des groupements de femmes {loc} deviennent des coopératives enregistrées, apprennent à gérer leurs activités et prennent des responsabilités dans les unions coopératives locales.",
                    "es": "Grupos de mujeres {loc} se convierten en cooperativas registradas, aprenden a gestionar sus negocios y asumen cargos de liderazgo en las uniones cooperativas locales.",
                    "tr": "Proje kapsamında {loc} kadın grupları tescilli kooperatiflere dönüşüyor, işlerini yönetmeyi öğreniyor ve yerel kooperatif birliklerinde liderlik rolleri üstleniyor.",
                },
                objective={
                    "en": "Increase women's income, economic independence and voice in the cooperative movement.",
                    "it": "Accrescere il reddito, l'autonomia economica e la voce delle donne nel movimento cooperativo.",
                    "fr": "Accroître le revenu, l'autonomie économique et la voix des femmes dans le mouvement coopératif.",
                    "es": "Aumentar los ingresos, la autonomía económica y la voz de las mujeres en el movimiento cooperativo.",
                    "tr": "Kadınların gelirini, ekonomik bağımsızlığını ve kooperatif hareketindeki sesini güçlendirmek.",
                },
            ),
            Variant(
                key="gbv",
                sectors=("15180",),
                targets=("5.2",),
                title={
                    "en": "Preventing gender-based violence through women's networks {loc}",
                    "it": "Prevenire la violenza di genere attraverso le reti di donne {loc}",
                    "fr": "Prévenir les violences basées sur le genre grâce aux réseaux de femmes {loc}",
                    "es": "Prevenir la violencia de género a través de redes de mujeres {loc}",
                    "tr": "{loc} kadın ağları aracılığıyla toplumsal cinsiyete dayalı şiddetin önlenmesi",
                },
                summary={
                    "en": "Women's networks {loc} run listening centres, train community leaders and police officers, and offer survivors of violence a path to work through social cooperatives.",
                    "it": "Reti di donne {loc} gestiscono centri di ascolto, formano leader comunitari e agenti di polizia e offrono alle donne sopravvissute alla violenza un percorso di inserimento lavorativo in cooperative sociali.",
                    "fr": "Des réseaux de femmes {loc} animent des centres d'écoute, forment des leaders communautaires et des policiers, et offrent aux survivantes de violences un parcours vers l'emploi au sein de coopératives sociales.",
                    "es": "Redes de mujeres {loc} gestionan centros de escucha, capacitan a líderes comunitarios y agentes de policía, y ofrecen a las sobrevivientes de violencia un itinerario de inserción laboral en cooperativas sociales.",
                    "tr": "Proje kapsamında {loc} kadın ağları danışma merkezleri işletiyor, toplum liderlerini ve polisleri eğitiyor, şiddetten kurtulan kadınlara sosyal kooperatiflerde işe giden bir yol sunuyor.",
                },
                objective={
                    "en": "Prevent violence against women and help survivors rebuild an independent life.",
                    "it": "Prevenire la violenza contro le donne e aiutare le sopravvissute a ricostruire una vita autonoma.",
                    "fr": "Prévenir les violences faites aux femmes et aider les survivantes à reconstruire une vie autonome.",
                    "es": "Prevenir la violencia contra las mujeres y ayudar a las sobrevivientes a reconstruir una vida autónoma.",
                    "tr": "Kadına yönelik şiddeti önlemek ve şiddetten kurtulanların bağımsız bir yaşam kurmasına yardımcı olmak.",
                },
            ),
            Variant(
                key="women-farmers",
                sectors=("15170",),
                targets=("5.a",),
                title={
                    "en": "Women farmers' access to land, credit and markets {loc}",
                    "it": "Accesso delle agricoltrici a terra, credito e mercati {loc}",
                    "fr": "Accès des agricultrices à la terre, au crédit et aux marchés {loc}",
                    "es": "Acceso de las mujeres agricultoras a la tierra, el crédito y los mercados {loc}",
                    "tr": "{loc} kadın çiftçilerin toprağa, krediye ve pazarlara erişimi",
                },
                summary={
                    "en": "Women farmers {loc} obtain secure land-use agreements, join savings groups linked to cooperative banks and sell their harvest together through women-led cooperatives.",
                    "it": "Le agricoltrici {loc} ottengono accordi sicuri per l'uso della terra, aderiscono a gruppi di risparmio collegati a banche cooperative e vendono insieme il raccolto attraverso cooperative guidate da donne.",
                    "fr": "Les agricultrices {loc} obtiennent des accords fonciers sécurisés, rejoignent des groupes d'épargne liés à des banques coopératives et vendent ensemble leur récolte par l'intermédiaire de coopératives dirigées par des femmes.",
                    "es": "Las mujeres agricultoras {loc} obtienen acuerdos seguros de uso de la tierra, se unen a grupos de ahorro vinculados a bancos cooperativos y venden juntas su cosecha a través de cooperativas dirigidas por mujeres.",
                    "tr": "Proje kapsamında {loc} kadın çiftçiler güvenceli toprak kullanım anlaşmaları elde ediyor, kooperatif bankalarına bağlı tasarruf gruplarına katılıyor ve hasatlarını kadınların yönettiği kooperatifler aracılığıyla birlikte satıyor.",
                },
                objective={
                    "en": "Close the gap between women and men farmers in access to productive resources.",
                    "it": "Colmare il divario tra agricoltrici e agricoltori nell'accesso alle risorse produttive.",
                    "fr": "Réduire l'écart entre agricultrices et agriculteurs dans l'accès aux ressources productives.",
                    "es": "Cerrar la brecha entre mujeres y hombres agricultores en el acceso a los recursos productivos.",
                    "tr": "Üretken kaynaklara erişimde kadın ve erkek çiftçiler arasındaki farkı kapatmak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Women's groups strengthened", "Gruppi di donne rafforzati"),
                (
                    "Women members of the supported groups and cooperatives",
                    "Donne socie dei gruppi e delle cooperative sostenuti",
                ),
                ("people", 0.4, 0.7),
            ),
            R(
                "2",
                ("Higher income for women", "Reddito più alto per le donne"),
                (
                    "Share of participating women reporting a higher income",
                    "Quota di partecipanti che dichiarano un reddito più alto",
                ),
                ("percent", 10, 30),
            ),
        ),
    ),
    Theme(
        key="social-inclusion",
        projects=12,
        goals=(10,),
        extra_goals=((1, 0.4), (3, 0.25), (8, 0.08)),
        targets=("10.2", "1.3"),
        second_sectors=("16020", "15160"),
        cost_per_person=160,
        women_share=(0.48, 0.6),
        target_groups={
            "en": "People with disabilities, children and families in vulnerable situations, older people, social workers.",
            "it": "Persone con disabilità, bambini e famiglie in condizioni di vulnerabilità, persone anziane, operatori sociali.",
            "fr": "Personnes en situation de handicap, enfants et familles vulnérables, personnes âgées, travailleurs sociaux.",
            "es": "Personas con discapacidad, niños y familias en situación de vulnerabilidad, personas mayores, trabajadores sociales.",
            "tr": "Engelli kişiler, kırılgan durumdaki çocuklar ve aileler, yaşlılar, sosyal hizmet çalışanları.",
        },
        variants=(
            Variant(
                key="disability",
                sectors=("16015",),
                targets=("10.2",),
                title={
                    "en": "Social cooperatives for the inclusion of people with disabilities {loc}",
                    "it": "Cooperative sociali per l'inclusione delle persone con disabilità {loc}",
                    "fr": "Coopératives sociales pour l'inclusion des personnes en situation de handicap {loc}",
                    "es": "Cooperativas sociales para la inclusión de las personas con discapacidad {loc}",
                    "tr": "{loc} engelli kişilerin katılımı için sosyal kooperatifler",
                },
                summary={
                    "en": "Inspired by Italian type-B social cooperatives, the project {loc} creates businesses in which at least a third of the workers are people with disabilities, with tutors and adapted workplaces.",
                    "it": "Ispirandosi alle cooperative sociali di tipo B italiane, il progetto {loc} crea imprese in cui almeno un terzo dei lavoratori sono persone con disabilità, con tutor e postazioni di lavoro adattate.",
                    "fr": "Inspiré des coopératives sociales italiennes d'insertion, le projet {loc} crée des entreprises dont au moins un tiers des travailleurs sont des personnes en situation de handicap, avec des tuteurs et des postes de travail adaptés.",
                    "es": "Inspirado en las cooperativas sociales italianas de inserción laboral, el proyecto {loc} crea empresas en las que al menos un tercio de los trabajadores son personas con discapacidad, con tutores y puestos de trabajo adaptados.",
                    "tr": "İtalya'daki istihdam odaklı sosyal kooperatiflerden esinlenen proje, {loc} çalışanlarının en az üçte biri engelli kişilerden oluşan, rehberlerin ve uyarlanmış iş yerlerinin bulunduğu işletmeler kuruyor.",
                },
                objective={
                    "en": "Open the labour market and community life to people with disabilities.",
                    "it": "Aprire il mercato del lavoro e la vita della comunità alle persone con disabilità.",
                    "fr": "Ouvrir le marché du travail et la vie de la communauté aux personnes en situation de handicap.",
                    "es": "Abrir el mercado laboral y la vida comunitaria a las personas con discapacidad.",
                    "tr": "İş piyasasını ve toplum yaşamını engelli kişilere açmak.",
                },
            ),
            Variant(
                key="family-services",
                sectors=("16015", "16010"),
                targets=("10.2",),
                title={
                    "en": "Community social services for children and families {loc}",
                    "it": "Servizi sociali di comunità per bambini e famiglie {loc}",
                    "fr": "Services sociaux de proximité pour les enfants et les familles {loc}",
                    "es": "Servicios sociales comunitarios para la infancia y las familias {loc}",
                    "tr": "{loc} çocuklar ve aileler için toplum temelli sosyal hizmetler",
                },
                summary={
                    "en": "Together with the municipalities, local social cooperatives {loc} run day centres, family support and foster care services that keep children out of institutions.",
                    "it": "Insieme ai comuni, cooperative sociali locali {loc} gestiscono centri diurni, servizi di sostegno alle famiglie e di affido che evitano l'istituzionalizzazione dei bambini.",
                    "fr": "Avec les municipalités, des coopératives sociales locales {loc} gèrent des centres de jour, des services d'appui aux familles et d'accueil familial qui évitent le placement des enfants en institution.",
                    "es": "Junto con los municipios, cooperativas sociales locales {loc} gestionan centros de día y servicios de apoyo familiar y de acogimiento que evitan la institucionalización de los niños.",
                    "tr": "Proje kapsamında {loc} yerel sosyal kooperatifler belediyelerle birlikte çocukların kurumlara yerleştirilmesini önleyen gündüz merkezleri, aile destek ve koruyucu aile hizmetleri yürütüyor.",
                },
                objective={
                    "en": "Help children grow up in a family and give families the support they need.",
                    "it": "Aiutare i bambini a crescere in famiglia e dare alle famiglie il sostegno di cui hanno bisogno.",
                    "fr": "Aider les enfants à grandir en famille et donner aux familles le soutien dont elles ont besoin.",
                    "es": "Ayudar a que los niños crezcan en familia y dar a las familias el apoyo que necesitan.",
                    "tr": "Çocukların bir aile içinde büyümesine yardımcı olmak ve ailelere ihtiyaç duydukları desteği vermek.",
                },
            ),
            Variant(
                key="mutual-aid",
                sectors=("16010",),
                targets=("1.3",),
                title={
                    "en": "Social protection built on cooperative mutual aid {loc}",
                    "it": "Protezione sociale fondata sul mutuo aiuto cooperativo {loc}",
                    "fr": "Une protection sociale fondée sur l'entraide coopérative {loc}",
                    "es": "Protección social basada en la ayuda mutua cooperativa {loc}",
                    "tr": "{loc} kooperatif dayanışmasına dayalı sosyal koruma",
                },
                summary={
                    "en": "Cooperatives and mutual societies {loc} design simple schemes that protect informal workers against illness, old age and loss of income, and negotiate their recognition by the public system.",
                    "it": "Cooperative e società di mutuo soccorso {loc} mettono a punto schemi semplici che proteggono i lavoratori informali da malattia, vecchiaia e perdita di reddito e ne negoziano il riconoscimento da parte del sistema pubblico.",
                    "fr": "Des coopératives et des mutuelles {loc} conçoivent des dispositifs simples qui protègent les travailleurs informels contre la maladie, la vieillesse et la perte de revenu, et négocient leur reconnaissance par le système public.",
                    "es": "Cooperativas y mutuales {loc} diseñan esquemas sencillos que protegen a los trabajadores informales frente a la enfermedad, la vejez y la pérdida de ingresos, y negocian su reconocimiento por el sistema público.",
                    "tr": "Proje kapsamında {loc} kooperatifler ve yardımlaşma dernekleri kayıt dışı çalışanları hastalığa, yaşlılığa ve gelir kaybına karşı koruyan basit planlar tasarlıyor ve bunların kamu sistemince tanınması için müzakere ediyor.",
                },
                objective={
                    "en": "Extend social protection to informal workers through member-owned schemes.",
                    "it": "Estendere la protezione sociale ai lavoratori informali attraverso schemi di proprietà dei soci.",
                    "fr": "Étendre la protection sociale aux travailleurs informels grâce à des dispositifs détenus par leurs membres.",
                    "es": "Extender la protección social a los trabajadores informales mediante esquemas propiedad de sus socios.",
                    "tr": "Üyelerin sahip olduğu planlar aracılığıyla sosyal korumayı kayıt dışı çalışanlara yaygınlaştırmak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("New social services in use", "Nuovi servizi sociali attivi"),
                ("People using the new social services", "Persone che utilizzano i nuovi servizi sociali"),
                ("people", 0.5, 0.8),
            ),
            R(
                "2",
                ("Better living conditions", "Migliori condizioni di vita"),
                (
                    "Share of users reporting better living conditions",
                    "Quota di utenti che dichiarano migliori condizioni di vita",
                ),
                ("percent", 20, 40),
            ),
        ),
    ),
    Theme(
        key="energy",
        projects=8,
        goals=(7,),
        extra_goals=((13, 0.63),),
        targets=("7.1", "7.2"),
        second_sectors=("23181", "23183"),
        cost_per_person=65,
        women_share=(0.48, 0.54),
        target_groups={
            "en": "Rural households without electricity, small businesses, schools and health posts, local technicians.",
            "it": "Famiglie rurali senza elettricità, piccole imprese, scuole e presidi sanitari, tecnici locali.",
            "fr": "Ménages ruraux sans électricité, petites entreprises, écoles et postes de santé, techniciens locaux.",
            "es": "Hogares rurales sin electricidad, pequeñas empresas, escuelas y puestos de salud, técnicos locales.",
            "tr": "Elektriği olmayan kırsal haneler, küçük işletmeler, okullar ve sağlık ocakları, yerel teknisyenler.",
        },
        variants=(
            Variant(
                key="mini-grids",
                sectors=("23631", "23230"),
                title={
                    "en": "Energy communities and solar mini-grids run by cooperatives {loc}",
                    "it": "Comunità energetiche e mini-reti solari gestite da cooperative {loc}",
                    "fr": "Communautés énergétiques et mini-réseaux solaires gérés par des coopératives {loc}",
                    "es": "Comunidades energéticas y minirredes solares gestionadas por cooperativas {loc}",
                    "tr": "{loc} kooperatiflerin işlettiği enerji toplulukları ve güneş enerjili mini şebekeler",
                },
                summary={
                    "en": "Villages {loc} without a grid connection set up energy cooperatives that own and run solar mini-grids, with tariffs decided by the members and local technicians trained for maintenance.",
                    "it": "Villaggi {loc} non collegati alla rete costituiscono cooperative energetiche che possiedono e gestiscono mini-reti solari, con tariffe decise dai soci e tecnici locali formati per la manutenzione.",
                    "fr": "Des villages {loc} non raccordés au réseau créent des coopératives énergétiques qui possèdent et gèrent des mini-réseaux solaires, avec des tarifs fixés par les membres et des techniciens locaux formés à l'entretien.",
                    "es": "Comunidades {loc} sin conexión a la red crean cooperativas energéticas que poseen y gestionan minirredes solares, con tarifas decididas por los socios y técnicos locales formados para el mantenimiento.",
                    "tr": "Proje kapsamında {loc} şebekeye bağlı olmayan köyler, güneş enerjili mini şebekelere sahip olan ve bunları işleten enerji kooperatifleri kuruyor; tarifeleri üyeler belirliyor, bakım için yerel teknisyenler yetiştiriliyor.",
                },
                objective={
                    "en": "Bring clean, affordable electricity to off-grid communities under their own control.",
                    "it": "Portare elettricità pulita e accessibile alle comunità non servite dalla rete, sotto il loro controllo.",
                    "fr": "Apporter une électricité propre et abordable aux communautés hors réseau, sous leur propre contrôle.",
                    "es": "Llevar electricidad limpia y asequible a comunidades sin red, bajo su propio control.",
                    "tr": "Şebeke dışındaki topluluklara, kendi denetimlerinde temiz ve uygun fiyatlı elektrik ulaştırmak.",
                },
            ),
            Variant(
                key="renewables",
                sectors=("23210",),
                title={
                    "en": "Renewable energy cooperatives for rural development {loc}",
                    "it": "Cooperative per le energie rinnovabili e lo sviluppo rurale {loc}",
                    "fr": "Coopératives d'énergies renouvelables pour le développement rural {loc}",
                    "es": "Cooperativas de energías renovables para el desarrollo rural {loc}",
                    "tr": "{loc} kırsal kalkınma için yenilenebilir enerji kooperatifleri",
                },
                summary={
                    "en": "Agricultural and consumer cooperatives {loc} invest together in solar, small hydro and biogas plants that power irrigation, cold storage and processing, and sell the surplus.",
                    "it": "Cooperative agricole e di consumo {loc} investono insieme in impianti solari, mini-idroelettrici e a biogas che alimentano irrigazione, celle frigorifere e trasformazione, e vendono l'energia in eccesso.",
                    "fr": "Des coopératives agricoles et de consommateurs {loc} investissent ensemble dans des installations solaires, de petite hydroélectricité et de biogaz qui alimentent l'irrigation, le froid et la transformation, et vendent le surplus.",
                    "es": "Cooperativas agrícolas y de consumo {loc} invierten juntas en plantas solares, minihidráulicas y de biogás que alimentan el riego, la refrigeración y la transformación, y venden el excedente.",
                    "tr": "Proje kapsamında {loc} tarım ve tüketici kooperatifleri sulamayı, soğuk depolamayı ve ürün işlemeyi besleyen güneş, küçük hidroelektrik ve biyogaz tesislerine birlikte yatırım yapıyor ve fazla enerjiyi satıyor.",
                },
                objective={
                    "en": "Use cooperatively owned renewable energy to drive rural production.",
                    "it": "Usare energia rinnovabile di proprietà cooperativa come motore della produzione rurale.",
                    "fr": "Utiliser une énergie renouvelable détenue par des coopératives comme moteur de la production rurale.",
                    "es": "Usar energía renovable de propiedad cooperativa como motor de la producción rural.",
                    "tr": "Kooperatiflerin sahip olduğu yenilenebilir enerjiyi kırsal üretimin itici gücü yapmak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Households connected to clean energy", "Famiglie collegate a energia pulita"),
                (
                    "Households connected to renewable electricity",
                    "Famiglie collegate a elettricità rinnovabile",
                ),
                ("people", 0.15, 0.25),
            ),
            R(
                "2",
                ("Energy cooperatives financially sound", "Cooperative energetiche in equilibrio economico"),
                (
                    "Share of members paying their energy tariff on time",
                    "Quota di soci che pagano puntualmente la tariffa energetica",
                ),
                ("percent", 50, 65),
            ),
        ),
    ),
    Theme(
        key="climate-environment",
        projects=10,
        goals=(13,),
        extra_goals=((15, 0.5), (12, 0.2), (2, 0.2)),
        targets=("13.1", "15.1", "15.2"),
        second_sectors=("41081", "31130"),
        cost_per_person=85,
        women_share=(0.45, 0.55),
        target_groups={
            "en": "Farming and forest communities exposed to climate risks, local authorities, community forestry cooperatives.",
            "it": "Comunità agricole e forestali esposte ai rischi climatici, enti locali, cooperative forestali comunitarie.",
            "fr": "Communautés agricoles et forestières exposées aux risques climatiques, collectivités locales, coopératives forestières communautaires.",
            "es": "Comunidades agrícolas y forestales expuestas a riesgos climáticos, autoridades locales, cooperativas forestales comunitarias.",
            "tr": "İklim risklerine açık tarım ve orman toplulukları, yerel yönetimler, topluluk ormancılığı kooperatifleri.",
        },
        variants=(
            Variant(
                key="adaptation",
                sectors=("41010", "43060"),
                targets=("13.1",),
                title={
                    "en": "Climate adaptation for farming communities {loc}",
                    "it": "Adattamento ai cambiamenti climatici per le comunità agricole {loc}",
                    "fr": "Adaptation au changement climatique pour les communautés agricoles {loc}",
                    "es": "Adaptación al cambio climático para comunidades agrícolas {loc}",
                    "tr": "{loc} çiftçi toplulukları için iklim değişikliğine uyum",
                },
                summary={
                    "en": "Cooperatives {loc} map climate risks with their members, introduce drought-tolerant crops and water harvesting, and set up a shared fund for bad years.",
                    "it": "Le cooperative {loc} mappano con i soci i rischi climatici, introducono colture resistenti alla siccità e la raccolta dell'acqua piovana e creano un fondo comune per le annate difficili.",
                    "fr": "Les coopératives {loc} cartographient les risques climatiques avec leurs membres, introduisent des cultures résistantes à la sécheresse et la collecte des eaux de pluie, et créent un fonds commun pour les mauvaises années.",
                    "es": "Las cooperativas {loc} mapean con sus socios los riesgos climáticos, introducen cultivos tolerantes a la sequía y la cosecha de agua de lluvia, y crean un fondo común para los años malos.",
                    "tr": "Proje kapsamında {loc} kooperatifler üyeleriyle birlikte iklim risklerini haritalıyor, kuraklığa dayanıklı ürünleri ve yağmur suyu hasadını yaygınlaştırıyor, kötü yıllar için ortak bir fon kuruyor.",
                },
                objective={
                    "en": "Make farming livelihoods more resilient to droughts, floods and changing seasons.",
                    "it": "Rendere i mezzi di sussistenza agricoli più resilienti a siccità, alluvioni e stagioni che cambiano.",
                    "fr": "Rendre les moyens de subsistance agricoles plus résilients face aux sécheresses, aux inondations et au dérèglement des saisons.",
                    "es": "Hacer que los medios de vida agrícolas sean más resilientes ante sequías, inundaciones y estaciones cambiantes.",
                    "tr": "Tarıma dayalı geçim kaynaklarını kuraklığa, sellere ve değişen mevsimlere karşı daha dayanıklı hâle getirmek.",
                },
            ),
            Variant(
                key="forestry",
                sectors=("31220", "41030"),
                targets=("15.1", "15.2"),
                title={
                    "en": "Community forestry cooperatives and biodiversity {loc}",
                    "it": "Cooperative forestali comunitarie e biodiversità {loc}",
                    "fr": "Coopératives forestières communautaires et biodiversité {loc}",
                    "es": "Cooperativas forestales comunitarias y biodiversidad {loc}",
                    "tr": "{loc} topluluk ormancılığı kooperatifleri ve biyolojik çeşitlilik",
                },
                summary={
                    "en": "Forest communities {loc} obtain management rights, organise in cooperatives and earn a living from sustainable timber, honey and other forest products while restoring degraded land.",
                    "it": "Le comunità forestali {loc} ottengono diritti di gestione, si organizzano in cooperative e vivono di legname sostenibile, miele e altri prodotti del bosco, recuperando al tempo stesso i terreni degradati.",
                    "fr": "Des communautés forestières {loc} obtiennent des droits de gestion, s'organisent en coopératives et vivent du bois durable, du miel et d'autres produits forestiers tout en restaurant les terres dégradées.",
                    "es": "Comunidades forestales {loc} obtienen derechos de manejo, se organizan en cooperativas y viven de la madera sostenible, la miel y otros productos del bosque mientras restauran tierras degradadas.",
                    "tr": "Proje kapsamında {loc} orman toplulukları yönetim hakları elde ediyor, kooperatiflerde örgütleniyor ve bozulmuş arazileri iyileştirirken sürdürülebilir kereste, bal ve diğer orman ürünlerinden geçimini sağlıyor.",
                },
                objective={
                    "en": "Protect forests and biodiversity by making them a source of income for the communities that live there.",
                    "it": "Proteggere foreste e biodiversità rendendole una fonte di reddito per le comunità che vi abitano.",
                    "fr": "Protéger les forêts et la biodiversité en en faisant une source de revenu pour les communautés qui y vivent.",
                    "es": "Proteger los bosques y la biodiversidad convirtiéndolos en una fuente de ingresos para las comunidades que los habitan.",
                    "tr": "Ormanları ve biyolojik çeşitliliği, orada yaşayan topluluklar için bir gelir kaynağına dönüştürerek korumak.",
                },
            ),
            Variant(
                key="drr",
                sectors=("43060",),
                targets=("13.1",),
                title={
                    "en": "Disaster risk reduction with community organisations {loc}",
                    "it": "Riduzione del rischio di disastri con le organizzazioni di comunità {loc}",
                    "fr": "Réduction des risques de catastrophe avec les organisations communautaires {loc}",
                    "es": "Reducción del riesgo de desastres con organizaciones comunitarias {loc}",
                    "tr": "{loc} topluluk örgütleriyle afet riskinin azaltılması",
                },
                summary={
                    "en": "Community organisations and cooperatives {loc} prepare local emergency plans, install early-warning systems and protect their stocks and equipment against floods and storms.",
                    "it": "Organizzazioni di comunità e cooperative {loc} preparano piani di emergenza locali, installano sistemi di allerta precoce e proteggono scorte e attrezzature da alluvioni e tempeste.",
                    "fr": "Des organisations communautaires et des coopératives {loc} préparent des plans d'urgence locaux, installent des systèmes d'alerte précoce et protègent leurs stocks et leurs équipements contre les inondations et les tempêtes.",
                    "es": "Organizaciones comunitarias y cooperativas {loc} preparan planes locales de emergencia, instalan sistemas de alerta temprana y protegen sus existencias y equipos frente a inundaciones y tormentas.",
                    "tr": "Proje kapsamında {loc} topluluk örgütleri ve kooperatifler yerel acil durum planları hazırlıyor, erken uyarı sistemleri kuruyor, stoklarını ve ekipmanlarını sel ve fırtınalara karşı koruyor.",
                },
                objective={
                    "en": "Reduce the losses that disasters cause to communities and their cooperatives.",
                    "it": "Ridurre le perdite che i disastri causano alle comunità e alle loro cooperative.",
                    "fr": "Réduire les pertes que les catastrophes causent aux communautés et à leurs coopératives.",
                    "es": "Reducir las pérdidas que los desastres causan a las comunidades y a sus cooperativas.",
                    "tr": "Afetlerin topluluklara ve kooperatiflerine verdiği kayıpları azaltmak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Land under sustainable management", "Terre gestite in modo sostenibile"),
                ("Hectares under improved management", "Ettari gestiti con pratiche migliorate"),
                ("count", 150, 8000),
            ),
            R(
                "2",
                ("Communities better prepared", "Comunità meglio preparate"),
                (
                    "Share of households applying at least two adaptation practices",
                    "Quota di famiglie che applicano almeno due pratiche di adattamento",
                ),
                ("percent", 10, 30),
            ),
        ),
    ),
    Theme(
        key="housing",
        projects=5,
        goals=(11,),
        extra_goals=((1, 0.4),),
        targets=("11.1",),
        second_sectors=("16030",),
        cost_per_person=2400,
        women_share=(0.5, 0.58),
        target_groups={
            "en": "Low-income families, young couples, members of housing cooperatives, municipal housing offices.",
            "it": "Famiglie a basso reddito, giovani coppie, soci di cooperative di abitazione, uffici comunali per la casa.",
            "fr": "Familles à faible revenu, jeunes couples, membres de coopératives d'habitation, services municipaux du logement.",
            "es": "Familias de bajos ingresos, parejas jóvenes, socios de cooperativas de vivienda, oficinas municipales de vivienda.",
            "tr": "Düşük gelirli aileler, genç çiftler, konut kooperatiflerinin üyeleri, belediyelerin konut birimleri.",
        },
        variants=(
            Variant(
                key="mutual-aid-housing",
                sectors=("16040",),
                title={
                    "en": "Housing cooperatives and mutual-aid self-construction {loc}",
                    "it": "Cooperative di abitazione e autocostruzione in mutuo aiuto {loc}",
                    "fr": "Coopératives d'habitation et autoconstruction en entraide {loc}",
                    "es": "Cooperativas de vivienda por ayuda mutua {loc}",
                    "tr": "{loc} konut kooperatifleri ve imece usulü yapım",
                },
                summary={
                    "en": "Families {loc} organised in housing cooperatives build their homes together, with technical assistance, collective ownership of the land and savings that replace a down payment.",
                    "it": "Famiglie {loc} riunite in cooperative di abitazione costruiscono insieme le proprie case, con assistenza tecnica, proprietà collettiva del terreno e un risparmio che sostituisce l'anticipo.",
                    "fr": "Des familles {loc} regroupées en coopératives d'habitation construisent ensemble leurs logements, avec une assistance technique, la propriété collective du terrain et une épargne qui remplace l'apport initial.",
                    "es": "Familias {loc} organizadas en cooperativas de vivienda construyen juntas sus casas, con asistencia técnica, propiedad colectiva del terreno y un ahorro que sustituye a la entrada.",
                    "tr": "Proje kapsamında {loc} konut kooperatiflerinde örgütlenen aileler teknik destekle, arsanın ortak mülkiyetiyle ve peşinatın yerini alan birikimleriyle evlerini birlikte inşa ediyor.",
                },
                objective={
                    "en": "Give low-income families decent, secure and affordable homes.",
                    "it": "Dare alle famiglie a basso reddito una casa dignitosa, sicura e accessibile.",
                    "fr": "Offrir aux familles à faible revenu un logement décent, sûr et abordable.",
                    "es": "Dar a las familias de bajos ingresos una vivienda digna, segura y asequible.",
                    "tr": "Düşük gelirli ailelere insana yakışır, güvenli ve uygun fiyatlı konut sağlamak.",
                },
            ),
            Variant(
                key="affordable-housing",
                sectors=("16030",),
                title={
                    "en": "Affordable housing cooperatives for young families {loc}",
                    "it": "Cooperative per la casa accessibile alle giovani famiglie {loc}",
                    "fr": "Coopératives de logement abordable pour les jeunes familles {loc}",
                    "es": "Cooperativas de vivienda asequible para familias jóvenes {loc}",
                    "tr": "{loc} genç aileler için uygun fiyatlı konut kooperatifleri",
                },
                summary={
                    "en": "The project {loc} helps municipalities and new housing cooperatives draft rules, find land and financing, and renovate empty buildings into affordable homes.",
                    "it": "Il progetto {loc} aiuta comuni e nuove cooperative di abitazione a definire le regole, trovare terreni e finanziamenti e ristrutturare edifici vuoti trasformandoli in case accessibili.",
                    "fr": "Le projet {loc} aide les municipalités et de nouvelles coopératives d'habitation à rédiger les règles, à trouver terrains et financements et à rénover des bâtiments vides pour en faire des logements abordables.",
                    "es": "El proyecto {loc} ayuda a los municipios y a nuevas cooperativas de vivienda a redactar las normas, encontrar suelo y financiación y rehabilitar edificios vacíos como viviendas asequibles.",
                    "tr": "Proje, {loc} belediyelerin ve yeni konut kooperatiflerinin kuralları hazırlamasına, arsa ve finansman bulmasına ve boş binaları uygun fiyatlı konutlara dönüştürmesine yardımcı oluyor.",
                },
                objective={
                    "en": "Make the cooperative model a practical route to affordable housing.",
                    "it": "Fare del modello cooperativo una strada concreta verso la casa accessibile.",
                    "fr": "Faire du modèle coopératif une voie concrète vers le logement abordable.",
                    "es": "Convertir el modelo cooperativo en una vía concreta hacia la vivienda asequible.",
                    "tr": "Kooperatif modelini uygun fiyatlı konuta giden somut bir yol hâline getirmek.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Homes built or renovated", "Abitazioni costruite o ristrutturate"),
                ("Housing units built or renovated", "Unità abitative costruite o ristrutturate"),
                ("count", 20, 400),
            ),
            R(
                "2",
                ("Secure housing", "Abitare sicuro"),
                (
                    "Share of member families with secure tenure",
                    "Quota di famiglie socie con un titolo di godimento sicuro",
                ),
                ("percent", 20, 45),
            ),
        ),
    ),
    Theme(
        key="civil-society",
        projects=9,
        goals=(16,),
        extra_goals=((17, 0.56), (5, 0.11)),
        targets=("16.7", "17.17"),
        second_sectors=("15160", "15112"),
        cost_per_person=150,
        women_share=(0.45, 0.55),
        target_groups={
            "en": "Civil society organisations, cooperative networks, local authorities, young leaders.",
            "it": "Organizzazioni della società civile, reti cooperative, enti locali, giovani leader.",
            "fr": "Organisations de la société civile, réseaux coopératifs, collectivités locales, jeunes leaders.",
            "es": "Organizaciones de la sociedad civil, redes cooperativas, autoridades locales, jóvenes líderes.",
            "tr": "Sivil toplum kuruluşları, kooperatif ağları, yerel yönetimler, genç liderler.",
        },
        variants=(
            Variant(
                key="civil-society-networks",
                sectors=("15150",),
                targets=("16.7", "17.17"),
                title={
                    "en": "Strengthening civil society and cooperative networks {loc}",
                    "it": "Rafforzamento della società civile e delle reti cooperative {loc}",
                    "fr": "Renforcement de la société civile et des réseaux coopératifs {loc}",
                    "es": "Fortalecimiento de la sociedad civil y de las redes cooperativas {loc}",
                    "tr": "{loc} sivil toplumun ve kooperatif ağlarının güçlendirilmesi",
                },
                summary={
                    "en": "Local associations and cooperatives {loc} improve their governance, build joint platforms and take part in the dialogue with public institutions on the policies that affect them.",
                    "it": "Associazioni e cooperative locali {loc} migliorano la propria governance, costruiscono piattaforme comuni e partecipano al dialogo con le istituzioni pubbliche sulle politiche che le riguardano.",
                    "fr": "Des associations et des coopératives locales {loc} améliorent leur gouvernance, construisent des plateformes communes et participent au dialogue avec les institutions publiques sur les politiques qui les concernent.",
                    "es": "Asociaciones y cooperativas locales {loc} mejoran su gobernanza, construyen plataformas comunes y participan en el diálogo con las instituciones públicas sobre las políticas que les afectan.",
                    "tr": "Proje kapsamında {loc} yerel dernekler ve kooperatifler yönetişimlerini geliştiriyor, ortak platformlar kuruyor ve kendilerini etkileyen politikalar üzerine kamu kurumlarıyla diyaloğa katılıyor.",
                },
                objective={
                    "en": "Give civil society and cooperatives a stronger voice in local and national decisions.",
                    "it": "Dare alla società civile e alle cooperative una voce più forte nelle decisioni locali e nazionali.",
                    "fr": "Donner à la société civile et aux coopératives une voix plus forte dans les décisions locales et nationales.",
                    "es": "Dar a la sociedad civil y a las cooperativas una voz más fuerte en las decisiones locales y nacionales.",
                    "tr": "Sivil topluma ve kooperatiflere yerel ve ulusal kararlarda daha güçlü bir ses kazandırmak.",
                },
            ),
            Variant(
                key="peace-building",
                sectors=("15220",),
                targets=("16.7",),
                title={
                    "en": "Peace-building and reconciliation through cooperative enterprise {loc}",
                    "it": "Costruzione della pace e riconciliazione attraverso l'impresa cooperativa {loc}",
                    "fr": "Consolidation de la paix et réconciliation par l'entreprise coopérative {loc}",
                    "es": "Construcción de paz y reconciliación a través de la empresa cooperativa {loc}",
                    "tr": "{loc} kooperatif girişimcilik yoluyla barış inşası ve uzlaşma",
                },
                summary={
                    "en": "People from communities divided by conflict {loc} work side by side in mixed cooperatives, supported by dialogue sessions and joint projects for their neighbourhoods.",
                    "it": "Persone provenienti da comunità divise dal conflitto {loc} lavorano fianco a fianco in cooperative miste, con il sostegno di incontri di dialogo e progetti comuni per i propri quartieri.",
                    "fr": "Des personnes issues de communautés divisées par le conflit {loc} travaillent côte à côte dans des coopératives mixtes, avec l'appui de sessions de dialogue et de projets communs pour leurs quartiers.",
                    "es": "Personas de comunidades divididas por el conflicto {loc} trabajan codo con codo en cooperativas mixtas, con el apoyo de espacios de diálogo y proyectos comunes para sus barrios.",
                    "tr": "Proje kapsamında {loc} çatışmanın böldüğü topluluklardan insanlar karma kooperatiflerde yan yana çalışıyor; diyalog oturumları ve mahalleleri için ortak projeler bu süreci destekliyor.",
                },
                objective={
                    "en": "Rebuild trust between communities through shared economic interests.",
                    "it": "Ricostruire la fiducia tra le comunità attraverso interessi economici condivisi.",
                    "fr": "Rétablir la confiance entre les communautés grâce à des intérêts économiques partagés.",
                    "es": "Reconstruir la confianza entre comunidades a través de intereses económicos compartidos.",
                    "tr": "Ortak ekonomik çıkarlar aracılığıyla topluluklar arasındaki güveni yeniden inşa etmek.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Organisations with stronger capacities", "Organizzazioni con capacità rafforzate"),
                (
                    "Civil society organisations and cooperatives trained",
                    "Organizzazioni della società civile e cooperative formate",
                ),
                ("count", 10, 120),
            ),
            R(
                "2",
                ("Participation in public decisions", "Partecipazione alle decisioni pubbliche"),
                (
                    "Share of organisations taking part in local policy dialogue",
                    "Quota di organizzazioni che partecipano al dialogo sulle politiche locali",
                ),
                ("percent", 10, 30),
            ),
        ),
    ),
    Theme(
        key="migration",
        projects=7,
        goals=(10,),
        extra_goals=((8, 0.15),),
        targets=("10.7",),
        second_sectors=("16020", "24050"),
        cost_per_person=1400,
        women_share=(0.3, 0.5),
        target_groups={
            "en": "Returning migrants, diaspora associations, young people considering migration, local businesses.",
            "it": "Migranti di ritorno, associazioni della diaspora, giovani che pensano di emigrare, imprese locali.",
            "fr": "Migrants de retour, associations de la diaspora, jeunes tentés par la migration, entreprises locales.",
            "es": "Migrantes retornados, asociaciones de la diáspora, jóvenes que consideran emigrar, empresas locales.",
            "tr": "Geri dönen göçmenler, diaspora dernekleri, göç etmeyi düşünen gençler, yerel işletmeler.",
        },
        variants=(
            Variant(
                key="returnees",
                sectors=("15190",),
                title={
                    "en": "Returning migrants and cooperative enterprise {loc}",
                    "it": "Migranti di ritorno e impresa cooperativa {loc}",
                    "fr": "Migrants de retour et entreprise coopérative {loc}",
                    "es": "Migrantes retornados y empresa cooperativa {loc}",
                    "tr": "{loc} geri dönen göçmenler ve kooperatif girişimcilik",
                },
                summary={
                    "en": "Migrants who come back home {loc} receive guidance, training and start-up support to create cooperatives with local young people, using the skills they gained abroad.",
                    "it": "I migranti che rientrano {loc} ricevono orientamento, formazione e sostegno all'avvio per creare cooperative insieme ai giovani del posto, valorizzando le competenze acquisite all'estero.",
                    "fr": "Les migrants qui rentrent {loc} bénéficient d'une orientation, d'une formation et d'un appui au démarrage pour créer des coopératives avec des jeunes du pays, en valorisant les compétences acquises à l'étranger.",
                    "es": "Las personas migrantes que regresan {loc} reciben orientación, formación y apoyo para crear cooperativas junto con jóvenes locales, aprovechando las competencias adquiridas en el extranjero.",
                    "tr": "Proje kapsamında {loc} ülkelerine dönen göçmenler, yurt dışında edindikleri becerileri kullanarak yerel gençlerle kooperatif kurmaları için yönlendirme, eğitim ve başlangıç desteği alıyor.",
                },
                objective={
                    "en": "Turn return migration into an opportunity for local development.",
                    "it": "Trasformare la migrazione di ritorno in un'opportunità di sviluppo locale.",
                    "fr": "Faire de la migration de retour une opportunité de développement local.",
                    "es": "Convertir la migración de retorno en una oportunidad de desarrollo local.",
                    "tr": "Geri dönüş göçünü yerel kalkınma için bir fırsata dönüştürmek.",
                },
            ),
            Variant(
                key="diaspora",
                sectors=("24050", "15190"),
                title={
                    "en": "Diaspora cooperatives and remittances for local development {loc}",
                    "it": "Cooperative della diaspora e rimesse per lo sviluppo locale {loc}",
                    "fr": "Coopératives de la diaspora et transferts de fonds pour le développement local {loc}",
                    "es": "Cooperativas de la diáspora y remesas para el desarrollo local {loc}",
                    "tr": "{loc} yerel kalkınma için diaspora kooperatifleri ve işçi dövizleri",
                },
                summary={
                    "en": "Diaspora associations in Italy and cooperatives {loc} channel part of the remittances into shared investments, such as a mill, a cold store or a savings and credit cooperative.",
                    "it": "Associazioni della diaspora in Italia e cooperative {loc} indirizzano parte delle rimesse verso investimenti comuni, come un mulino, una cella frigorifera o una cooperativa di risparmio e credito.",
                    "fr": "Des associations de la diaspora en Italie et des coopératives {loc} orientent une partie des transferts de fonds vers des investissements communs, comme un moulin, une chambre froide ou une coopérative d'épargne et de crédit.",
                    "es": "Asociaciones de la diáspora en Italia y cooperativas {loc} canalizan parte de las remesas hacia inversiones comunes, como un molino, una cámara de frío o una cooperativa de ahorro y crédito.",
                    "tr": "İtalya'daki diaspora dernekleri ve {loc} kooperatifler, işçi dövizlerinin bir kısmını değirmen, soğuk hava deposu ya da tasarruf ve kredi kooperatifi gibi ortak yatırımlara yönlendiriyor.",
                },
                objective={
                    "en": "Make remittances work for the whole community, not only for single families.",
                    "it": "Far sì che le rimesse lavorino per tutta la comunità, non solo per le singole famiglie.",
                    "fr": "Faire en sorte que les transferts de fonds profitent à toute la communauté, et pas seulement à chaque famille.",
                    "es": "Lograr que las remesas beneficien a toda la comunidad y no solo a cada familia.",
                    "tr": "İşçi dövizlerinin yalnızca tek tek ailelere değil, tüm topluluğa yarar sağlamasını sağlamak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("New businesses started", "Nuove imprese avviate"),
                (
                    "Returning migrants and young people supported to start a business",
                    "Migranti di ritorno e giovani sostenuti nell'avvio di un'impresa",
                ),
                ("count", 30, 600),
            ),
            R(
                "2",
                ("Businesses that last", "Imprese che durano"),
                (
                    "Share of businesses still active after one year",
                    "Quota di imprese ancora attive dopo un anno",
                ),
                ("percent", 40, 60),
            ),
        ),
    ),
    Theme(
        key="tourism",
        projects=5,
        goals=(8,),
        extra_goals=((12, 0.6),),
        targets=("8.9", "12.b"),
        second_sectors=("41030",),
        cost_per_person=300,
        women_share=(0.45, 0.6),
        target_groups={
            "en": "Rural and indigenous communities, young guides, women running guesthouses, local artisans.",
            "it": "Comunità rurali e indigene, giovani guide, donne che gestiscono strutture ricettive, artigiani locali.",
            "fr": "Communautés rurales et autochtones, jeunes guides, femmes gérant des maisons d'hôtes, artisans locaux.",
            "es": "Comunidades rurales e indígenas, jóvenes guías, mujeres que gestionan alojamientos, artesanos locales.",
            "tr": "Kırsal ve yerli topluluklar, genç rehberler, pansiyon işleten kadınlar, yerel zanaatkârlar.",
        },
        variants=(
            Variant(
                key="community-tourism",
                sectors=("33210",),
                title={
                    "en": "Community-based tourism cooperatives {loc}",
                    "it": "Cooperative di turismo comunitario {loc}",
                    "fr": "Coopératives de tourisme communautaire {loc}",
                    "es": "Cooperativas de turismo comunitario {loc}",
                    "tr": "{loc} topluluk temelli turizm kooperatifleri",
                },
                summary={
                    "en": "Rural communities {loc} organise cooperatives that run guesthouses, guided walks and food experiences, linked to responsible tour operators in Italy.",
                    "it": "Comunità rurali {loc} danno vita a cooperative che gestiscono alloggi, escursioni guidate ed esperienze gastronomiche, collegate a tour operator responsabili in Italia.",
                    "fr": "Des communautés rurales {loc} créent des coopératives qui gèrent des maisons d'hôtes, des randonnées guidées et des expériences culinaires, en lien avec des voyagistes responsables en Italie.",
                    "es": "Comunidades rurales {loc} organizan cooperativas que gestionan alojamientos, caminatas guiadas y experiencias gastronómicas, vinculadas a operadores turísticos responsables en Italia.",
                    "tr": "Proje kapsamında {loc} kırsal topluluklar; pansiyonlar, rehberli yürüyüşler ve yemek deneyimleri sunan, İtalya'daki sorumlu tur operatörleriyle bağlantılı kooperatifler kuruyor.",
                },
                objective={
                    "en": "Keep the income from tourism in the communities and protect the places that attract visitors.",
                    "it": "Trattenere nelle comunità il reddito del turismo e proteggere i luoghi che attirano i visitatori.",
                    "fr": "Garder dans les communautés les revenus du tourisme et protéger les lieux qui attirent les visiteurs.",
                    "es": "Mantener en las comunidades los ingresos del turismo y proteger los lugares que atraen a los visitantes.",
                    "tr": "Turizm gelirini toplulukta tutmak ve ziyaretçileri çeken yerleri korumak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Visitors hosted by the cooperatives", "Visitatori ospitati dalle cooperative"),
                (
                    "Visitors hosted by community tourism cooperatives",
                    "Visitatori ospitati dalle cooperative di turismo comunitario",
                ),
                ("count", 500, 20000),
            ),
            R(
                "2",
                ("Tourism income stays local", "Il reddito del turismo resta sul territorio"),
                (
                    "Share of tourism income kept in the community",
                    "Quota del reddito turistico che resta nella comunità",
                ),
                ("percent", 20, 40),
            ),
        ),
    ),
    Theme(
        key="emergency-recovery",
        projects=5,
        goals=(1, 11),
        extra_goals=((3, 0.6), (2, 0.2)),
        targets=("1.5", "11.5"),
        second_sectors=("43060",),
        cost_per_person=45,
        women_share=(0.5, 0.6),
        target_groups={
            "en": "Households affected by the emergency, displaced people, local cooperatives and small businesses.",
            "it": "Famiglie colpite dall'emergenza, sfollati, cooperative e piccole imprese locali.",
            "fr": "Ménages touchés par la crise, personnes déplacées, coopératives et petites entreprises locales.",
            "es": "Hogares afectados por la emergencia, personas desplazadas, cooperativas y pequeñas empresas locales.",
            "tr": "Acil durumdan etkilenen haneler, yerinden edilmiş kişiler, yerel kooperatifler ve küçük işletmeler.",
        },
        variants=(
            Variant(
                key="rebuild-better",
                sectors=("73010",),
                title={
                    "en": "Rebuilding better: cooperative recovery after the emergency {loc}",
                    "it": "Ricostruire meglio: la ripresa cooperativa dopo l'emergenza {loc}",
                    "fr": "Reconstruire en mieux : le relèvement coopératif après la crise {loc}",
                    "es": "Reconstruir mejor: la recuperación cooperativa tras la emergencia {loc}",
                    "tr": "{loc} daha iyisini inşa etmek: acil durum sonrasında kooperatif temelli toparlanma",
                },
                summary={
                    "en": "After the emergency, cooperatives {loc} repair their premises and equipment, restart production and hire people who lost their jobs, with safer buildings than before.",
                    "it": "Dopo l'emergenza, le cooperative {loc} riparano sedi e attrezzature, riavviano la produzione e assumono persone che hanno perso il lavoro, con edifici più sicuri di prima.",
                    "fr": "Après la crise, les coopératives {loc} réparent leurs locaux et leurs équipements, relancent la production et embauchent des personnes qui ont perdu leur emploi, dans des bâtiments plus sûrs qu'avant.",
                    "es": "Tras la emergencia, las cooperativas {loc} reparan sus locales y equipos, reactivan la producción y contratan a personas que perdieron su empleo, con edificios más seguros que antes.",
                    "tr": "Acil durumun ardından {loc} kooperatifler tesislerini ve ekipmanlarını onarıyor, üretimi yeniden başlatıyor ve işini kaybeden kişileri istihdam ediyor; binalar da eskisinden daha güvenli hâle geliyor.",
                },
                objective={
                    "en": "Help communities recover faster and stronger through their cooperatives.",
                    "it": "Aiutare le comunità a riprendersi più in fretta e più forti grazie alle loro cooperative.",
                    "fr": "Aider les communautés à se relever plus vite et plus fortes grâce à leurs coopératives.",
                    "es": "Ayudar a las comunidades a recuperarse más rápido y con más fuerza gracias a sus cooperativas.",
                    "tr": "Toplulukların kooperatifleri sayesinde daha hızlı ve daha güçlü toparlanmasına yardımcı olmak.",
                },
            ),
            Variant(
                key="relief",
                sectors=("72010",),
                title={
                    "en": "Emergency relief delivered through local cooperatives {loc}",
                    "it": "Aiuti d'emergenza distribuiti attraverso le cooperative locali {loc}",
                    "fr": "Aide d'urgence distribuée par les coopératives locales {loc}",
                    "es": "Ayuda de emergencia distribuida a través de cooperativas locales {loc}",
                    "tr": "{loc} yerel kooperatifler aracılığıyla ulaştırılan acil yardım",
                },
                summary={
                    "en": "Local consumer and agricultural cooperatives {loc} purchase and distribute food, hygiene kits and household items to affected families, keeping money in the local economy.",
                    "it": "Cooperative locali di consumo e agricole {loc} acquistano e distribuiscono cibo, kit igienici e beni di prima necessità alle famiglie colpite, mantenendo le risorse nell'economia locale.",
                    "fr": "Des coopératives locales de consommation et agricoles {loc} achètent et distribuent vivres, kits d'hygiène et articles ménagers aux familles touchées, en gardant les ressources dans l'économie locale.",
                    "es": "Cooperativas locales de consumo y agrícolas {loc} compran y distribuyen alimentos, kits de higiene y artículos del hogar a las familias afectadas, manteniendo los recursos en la economía local.",
                    "tr": "Proje kapsamında {loc} yerel tüketim ve tarım kooperatifleri etkilenen ailelere gıda, hijyen kitleri ve ev eşyası satın alıp dağıtıyor; böylece kaynaklar yerel ekonomide kalıyor.",
                },
                objective={
                    "en": "Meet urgent needs quickly while supporting the local economy.",
                    "it": "Rispondere rapidamente ai bisogni urgenti sostenendo l'economia locale.",
                    "fr": "Répondre rapidement aux besoins urgents tout en soutenant l'économie locale.",
                    "es": "Responder con rapidez a las necesidades urgentes apoyando la economía local.",
                    "tr": "Yerel ekonomiyi desteklerken acil ihtiyaçları hızla karşılamak.",
                },
            ),
        ),
        results=(
            R(
                "1",
                ("Relief reaches affected households", "Gli aiuti raggiungono le famiglie colpite"),
                ("Households receiving assistance", "Famiglie che ricevono assistenza"),
                ("people", 0.18, 0.25),
            ),
            R(
                "2",
                ("Livelihoods restored", "Mezzi di sussistenza ripristinati"),
                (
                    "Share of supported households that resumed their main livelihood",
                    "Quota di famiglie sostenute che hanno ripreso la propria attività principale",
                ),
                ("percent", 10, 25),
            ),
        ),
    ),
)

THEMES: tuple[Theme, ...] = (HEALTH, *NON_HEALTH)
THEME_BY_KEY = {theme.key: theme for theme in THEMES}

# Which themes each kind of cooperative tends to work on (the rest are picked at random).
AFFINITY: dict[str, tuple[str, ...]] = {
    "social": ("social-inclusion", "education", "women", "civil-society"),
    "producer": ("agriculture", "fair-trade", "climate-environment"),
    "worker": ("cooperative-enterprise", "circular-economy", "migration"),
    "consumer": ("fair-trade", "agriculture", "circular-economy"),
    "housing": ("housing", "emergency-recovery"),
    "financial": ("cooperative-enterprise", "migration", "women"),
    "service": ("energy", "water", "tourism"),
    "federation": ("cooperative-enterprise", "civil-society"),
    "development": ("water", "agriculture", "emergency-recovery", "climate-environment"),
}
