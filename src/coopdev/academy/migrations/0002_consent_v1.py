from django.db import migrations

TEXT = (
    "Coop Academy (International Cooperative Alliance) processes your name, e-mail address, organisation, "
    "country, gender and age band to allocate seats fairly between the alliance's staff and the four ICA "
    "regions, to send you the session's details and to report anonymous participation figures. Only Academy "
    "staff see your registration. You can download or erase your data at any time from your registration page; "
    "it is erased automatically 90 days after the session."
)


def add(apps, schema_editor):
    ConsentText = apps.get_model("academy", "ConsentText")
    ConsentText.objects.get_or_create(version=1, defaults={"text": TEXT})


class Migration(migrations.Migration):
    dependencies = [("academy", "0001_initial")]
    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
