"""importlib.metadata: what installed distributions say about themselves
(their *.dist-info or *.egg-info folders on sys.path): versions, metadata
fields, entry points, files."""
import os
import pathlib
import re
import sys
import warnings

__all__ = ["Distribution", "DistributionFinder", "EntryPoint", "EntryPoints", "PackageMetadata",
           "PackageNotFoundError", "PathDistribution", "distribution", "distributions", "entry_points",
           "files", "metadata", "packages_distributions", "requires", "version"]


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of that name is installed."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        return self.args[0]


def _normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


class PackageMetadata:
    """A distribution's METADATA (or PKG-INFO) fields: headers as in an
    e-mail message, repeated ones kept in order, the body as the description."""

    def __init__(self, text):
        self._fields = []
        lines = text.splitlines()
        i = 0
        while i < len(lines) and lines[i].strip():
            key, _, value = lines[i].partition(":")
            value = value.strip()
            i += 1
            while i < len(lines) and lines[i][:1] in (" ", "\t") and lines[i].strip():
                value += "\n" + lines[i].strip()
                i += 1
            self._fields.append((key.strip(), value))
        body = "\n".join(lines[i + 1:]) if i < len(lines) else ""
        if body:
            self._fields.append(("Description", body))

    def __getitem__(self, key):
        for k, v in self._fields:
            if k.lower() == key.lower():
                return v
        return None

    def get(self, key, default=None):
        value = self[key]
        return default if value is None else value

    def __contains__(self, key):
        return self[key] is not None

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self._fields)

    def keys(self):
        return [k for k, _ in self._fields]

    def values(self):
        return [v for _, v in self._fields]

    def items(self):
        return list(self._fields)

    def get_all(self, key, failobj=None):
        found = [v for k, v in self._fields if k.lower() == key.lower()]
        return found or failobj

    @property
    def json(self):
        multiple = {"classifier", "obsoletes_dist", "platform", "project_url", "provides_dist",
                    "provides_extra", "requires_dist", "requires_external", "supported_platform",
                    "dynamic"}
        data = {}
        for key, value in self._fields:
            field = key.lower().replace("-", "_")
            if field == "keywords":
                value = value.replace(",", " ").split()
            if field in multiple:
                data.setdefault(field, []).append(value)
            else:
                data[field] = value
        return data


class EntryPoint:
    """An object a distribution advertises under a name in a group:
    value is 'module' or 'module:attr.path', maybe with [extras]."""

    _pattern = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")

    def __init__(self, name, value, group):
        self.name = name
        self.value = value
        self.group = group
        self.dist = None

    def _match(self):
        return self._pattern.match(self.value)

    @property
    def module(self):
        return self._match().group("module")

    @property
    def attr(self):
        return self._match().group("attr")

    @property
    def extras(self):
        extras = self._match().group("extras")
        return re.findall(r"\w+", extras or "")

    def load(self):
        """Imports the module and returns the object the value names."""
        import importlib
        obj = importlib.import_module(self.module)
        for part in filter(None, (self.attr or "").split(".")):
            obj = getattr(obj, part)
        return obj

    def matches(self, **params):
        return all(getattr(self, key) == value for key, value in params.items())

    def __repr__(self):
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"

    def __eq__(self, other):
        if not isinstance(other, EntryPoint):
            return NotImplemented
        return (self.name, self.value, self.group) == (other.name, other.value, other.group)

    def __hash__(self):
        return hash((self.name, self.value, self.group))


class EntryPoints(tuple):
    """Entry points, selectable by their attributes."""

    def __getitem__(self, name):
        if isinstance(name, int):
            warnings.warn("Accessing entry points by index is deprecated. Cast to tuple if needed.",
                          DeprecationWarning, stacklevel=2)
            return tuple.__getitem__(self, name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


def _parse_entry_points(text):
    group = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            continue
        name, _, value = line.partition("=")
        yield EntryPoint(name.strip(), value.strip(), group)


class PackagePath(pathlib.PurePosixPath):
    """A file a distribution installed (from its RECORD)."""

    def read_text(self, encoding="utf-8"):
        with self.locate().open(encoding=encoding) as f:
            return f.read()

    def read_binary(self):
        with self.locate().open("rb") as f:
            return f.read()

    def locate(self):
        return self.dist.locate_file(self)


class Distribution:
    """An installed distribution."""

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = kwargs.pop("context", None)
        if context is not None and kwargs:
            raise ValueError("cannot accept context and kwargs")
        name = kwargs.get("name", context.name if context is not None else None)
        path = kwargs.get("path", context.path if context is not None else sys.path)
        return iter(_find(name, path))

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = self.read_text("METADATA") or self.read_text("PKG-INFO") or ""
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def _normalized_name(self):
        return _normalize(self.name or "")

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def entry_points(self):
        eps = []
        for ep in _parse_entry_points(self.read_text("entry_points.txt") or ""):
            ep.dist = self
            eps.append(ep)
        return EntryPoints(eps)

    @property
    def files(self):
        text = self.read_text("RECORD")
        if text is None:
            text = self.read_text("SOURCES.txt")
            if text is None:
                return None
            rows = [line for line in text.splitlines() if line]
        else:
            rows = [line.split(",")[0] for line in text.splitlines() if line]
        paths = []
        for row in rows:
            p = PackagePath(row.strip('"'))
            p.dist = self
            paths.append(p)
        return paths

    @property
    def requires(self):
        reqs = self.metadata.get_all("Requires-Dist")
        return reqs if reqs is not None else self._egg_requires()

    def _egg_requires(self):
        text = self.read_text("requires.txt")
        if text is None:
            return None
        reqs, section = [], None
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            if line.startswith("["):
                section = line[1:-1]
                continue
            if section:
                extra, _, marker = section.partition(":")
                cond = " and ".join(filter(None, [f'extra == "{extra}"' if extra else "", marker]))
                line += f"; {cond}" if cond else ""
            reqs.append(line)
        return reqs


class PathDistribution(Distribution):
    """A distribution described by a *.dist-info or *.egg-info folder."""

    def __init__(self, path):
        self._path = pathlib.Path(path)

    def read_text(self, filename):
        try:
            return (self._path / filename).read_text(encoding="utf-8")
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, KeyError):
            return None

    def locate_file(self, path):
        return self._path.parent / path

    def __repr__(self):
        return f"<importlib.metadata.PathDistribution object at 0x{id(self):x}>"


class DistributionFinder:
    """Finds distributions on sys.path (the only finder atoll has)."""

    class Context:
        def __init__(self, **kwargs):
            self.name = kwargs.get("name")
            self.path = kwargs.get("path", sys.path)

    @staticmethod
    def find_distributions(context=None):
        context = context or DistributionFinder.Context()
        return iter(_find(context.name, context.path))


def _find(name, path):
    wanted = _normalize(name) if name else None
    found = []
    for entry in path:
        folder = entry or "."
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for child in names:
            stem, dot, suffix = child.rpartition(".")
            if dot and suffix in ("dist-info", "egg-info"):
                dist_name = stem.partition("-")[0]
                if wanted is None or _normalize(dist_name) == wanted:
                    found.append(PathDistribution(pathlib.Path(folder) / child))
    return found


def distribution(distribution_name):
    """The Distribution of that name."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every installed distribution (or those kwargs select)."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    """The version string of a distribution."""
    return Distribution.from_name(distribution_name).version


def files(distribution_name):
    return Distribution.from_name(distribution_name).files


def requires(distribution_name):
    return Distribution.from_name(distribution_name).requires


def entry_points(**params):
    """The entry points of every distribution (each name once), selected by params."""
    seen = set()
    eps = []
    for dist in distributions():
        key = dist._normalized_name
        if key in seen:
            continue
        seen.add(key)
        eps.extend(dist.entry_points)
    return EntryPoints(eps).select(**params)


def packages_distributions():
    """Top-level import names mapped to the distributions that provide them."""
    mapping = {}
    for dist in distributions():
        top = dist.read_text("top_level.txt")
        names = top.split() if top else {
            str(f).split("/")[0].rpartition(".py")[0] or str(f).split("/")[0]
            for f in dist.files or () if "/" in str(f) or str(f).endswith(".py")}
        for pkg in names:
            if pkg and "." not in pkg.rpartition("-")[0]:
                mapping.setdefault(pkg, []).append(dist.metadata["Name"])
    return mapping
