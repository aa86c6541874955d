"""Load the reference data into every new database (test databases included).

Also widens ``CodelistItem.code``: IATI's FileFormat codelist holds MIME types of up to 84
characters (RFC 6838 allows 255), more than the 40 of 0001. The change sits here, before the
load, so that this migration depends on 0001 only.
"""

from django.db import migrations, models


def load(apps, schema_editor):
    from coopdev.reference.services import reference_load

    reference_load(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("reference", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="codelistitem",
            name="code",
            field=models.CharField(max_length=255, verbose_name="code"),
        ),
        migrations.RunPython(load, migrations.RunPython.noop, elidable=False),
    ]
