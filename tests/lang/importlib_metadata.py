# importlib.metadata over a distribution installed in a temporary folder:
# version, metadata fields, requirements, entry points, files, and errors.
import importlib.metadata as md
import os
import sys
import tempfile

site = tempfile.mkdtemp()
info = os.path.join(site, "Demo_Pkg-1.2.3.dist-info")
os.mkdir(info)
files = {
    "METADATA": "Metadata-Version: 2.1\nName: Demo-Pkg\nVersion: 1.2.3\nSummary: A demo\n"
                "Requires-Dist: requests (>=2)\nRequires-Dist: rich ; extra == 'fancy'\n"
                "Classifier: Programming Language :: Python\nClassifier: License :: OSI Approved\n"
                "Keywords: demo,test\n\nThe long description.\nSecond line.\n",
    "entry_points.txt": "[console_scripts]\ndemo = demo_pkg.cli:main\n\n[demo.plugins]\n"
                        "alpha = demo_pkg.plugins:Alpha [fancy]\nbeta = os.path\n",
    "RECORD": "demo_pkg/__init__.py,sha256=abc,10\ndemo_pkg/cli.py,,\n"
              "Demo_Pkg-1.2.3.dist-info/METADATA,,\n",
    "top_level.txt": "demo_pkg\n",
}
for name, text in files.items():
    with open(os.path.join(info, name), "w") as f:
        f.write(text)
sys.path.insert(0, site)

print(md.version("demo-pkg"), md.version("Demo_Pkg"), md.version("demo.pkg"))
meta = md.metadata("demo-pkg")
print(meta["Name"], meta["Summary"], meta["Missing"], "Version" in meta)
print(meta.get_all("Classifier"), meta.get_all("Nope"))
print(md.requires("demo-pkg"))
dist = md.distribution("demo-pkg")
print(type(dist).__name__, dist.name, dist.version)
print([str(f) for f in dist.files])
print(dist.read_text("top_level.txt").strip(), dist.read_text("nothing.txt"))
eps = dist.entry_points
print(sorted(eps.groups), sorted(eps.names))
alpha = eps["alpha"]
print(alpha.name, alpha.value, alpha.group, alpha.module, alpha.attr, alpha.extras)
beta = eps.select(group="demo.plugins", name="beta")[0]
print(beta.load() is os.path, beta.attr)
print(md.entry_points(group="console_scripts", name="demo")[0].value)
print([d.metadata["Name"] for d in md.distributions(path=[site])])
print(md.packages_distributions().get("demo_pkg"))
try:
    md.version("no-such-distribution-x")
except md.PackageNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
for name, _ in files.items():
    os.remove(os.path.join(info, name))
os.rmdir(info)
os.rmdir(site)
